package org.alliancecompass.membership;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.selection.SelectionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The accession's outcome: an organisation that is willing and that the partners admitted is
 * selected to join (it signs the next agreement version and is a partner once that is in force);
 * otherwise it is not selected, and the alliance goes on as it was. On record either way. Used by
 * {@code Task_AccessionOutcome} in {@code partner-accession}.
 */
@Component("accessionOutcome")
class AccessionOutcome implements JavaDelegate {

  private final Alliances alliances;
  private final DecisionRegister register;

  AccessionOutcome(Alliances alliances, DecisionRegister register) {
    this.alliances = alliances;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    String organisation = LifecycleProcess.JOINING_PARTNER.from(execution).get();
    String name = LifecycleProcess.JOINING_PARTNER_NAME.from(execution).getOrDefault(organisation);
    boolean willing = "YES".equals(execution.getVariable(SelectionProcess.WILLING_TO_JOIN));
    boolean admitted = willing && AccessionProcess.ADMIT.equals(AccessionProcess.DECISION.from(execution).getOptional().orElse(null));
    if (admitted) {
      alliances.selectToJoin(reference, organisation);
    } else {
      alliances.notSelected(reference, organisation);
    }
    AccessionProcess.ADMITTED.on(execution).set(admitted);
    register.record(execution, DecisionStage.MEMBERSHIP, "Accession of " + name,
        admitted ? "ADMITTED" : willing ? "DECLINED" : "NOT_WILLING", null, willing ? "Partners" : name,
        admitted ? "The partners admitted it; it joins once the agreement version with its commitment is in force"
            : willing ? "The partners decided it does not join" : "It said it would not join");
  }
}
