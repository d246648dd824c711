package org.alliancecompass.membership;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The partner's obligations are settled: it has left the alliance (a former partner, who still
 * reads its history), and the partners who remain are counted. Used by
 * {@code Task_RecordPartnerExit} in {@code partner-exit}.
 */
@Component("recordPartnerExit")
class RecordPartnerExit implements JavaDelegate {

  private final Alliances alliances;
  private final DecisionRegister register;

  RecordPartnerExit(Alliances alliances, DecisionRegister register) {
    this.alliances = alliances;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    String organisation = LifecycleProcess.EXITING_PARTNER.from(execution).get();
    alliances.exitPartner(reference, organisation);
    int remaining = alliances.currentPartnerIds(reference).size();
    ExitProcess.REMAINING_PARTNERS.on(execution).set(remaining);
    register.record(execution, DecisionStage.MEMBERSHIP, "Partner left: "
            + LifecycleProcess.EXITING_PARTNER_NAME.from(execution).getOrDefault(organisation), "EXITED", null, null,
        (LifecycleProcess.EXIT_REASON.from(execution).getOrDefault("") + (remaining < 2
            ? " Fewer than two partners remain: the alliance is dissolved."
            : " " + remaining + " partners remain; they sign the agreement version without it.")).strip());
  }
}
