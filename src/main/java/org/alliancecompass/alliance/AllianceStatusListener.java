package org.alliancecompass.alliance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Moves an alliance through its lifecycle statuses as the lifecycle process moves. Used by the
 * start listeners of the call activities of {@code alliance-lifecycle}, e.g.
 * {@code ${allianceStatus.enter(execution, 'SELECTING_PARTNERS')}}.
 */
@Component("allianceStatus")
public class AllianceStatusListener {

  private final Alliances alliances;

  AllianceStatusListener(Alliances alliances) {
    this.alliances = alliances;
  }

  public void enter(DelegateExecution execution, String status) {
    alliances.enter(execution.getProcessBusinessKey(), AllianceStatus.valueOf(status));
  }

  /** Agreeing terms for the first time, or renegotiating an agreement in force. */
  public void enterAgreement(DelegateExecution execution) {
    boolean renegotiation = LifecycleProcess.AGREEMENT_VERSION.from(execution).getOptional().isPresent();
    alliances.enter(execution.getProcessBusinessKey(),
        renegotiation ? AllianceStatus.RENEGOTIATING : AllianceStatus.AGREEING);
  }
}
