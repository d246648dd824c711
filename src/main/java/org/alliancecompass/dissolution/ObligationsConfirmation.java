package org.alliancecompass.dissolution;

import org.alliancecompass.alliance.PartnerTasks;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A partner organisation confirms its obligations settled. Complete listener of
 * {@code Task_ConfirmObligationsSettled} (one task per partner) in {@code alliance-dissolution}.
 */
@Component("obligationsConfirmation")
class ObligationsConfirmation implements TaskListener {

  private final DecisionRegister decisions;
  private final PartnerRegistry registry;

  ObligationsConfirmation(DecisionRegister decisions, PartnerRegistry registry) {
    this.decisions = decisions;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    decisions.record(form, DecisionStage.DISSOLUTION, "Obligations settled", "SETTLED",
        registry.nameOf(PartnerTasks.PARTNER.from(task).get()), form.text(DissolutionProcess.SETTLEMENT_NOTES));
  }
}
