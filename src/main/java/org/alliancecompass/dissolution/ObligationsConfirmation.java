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
 * A partner organisation says whether its obligations under the exit plan are settled, or what is
 * outstanding, which the alliance managers then follow up; either way on record. The answer is kept
 * in the partner's own instance of {@code SubProcess_PartnerObligations}, so partners answering at
 * once never see each other's. Complete listener of {@code Task_ConfirmObligationsSettled} in
 * {@code alliance-dissolution}.
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
    String partner = registry.nameOf(PartnerTasks.PARTNER.from(task).get());
    boolean settled = DissolutionProcess.SETTLED.equals(form.text(DissolutionProcess.OBLIGATIONS_STATUS));
    DissolutionProcess.PARTNER_SETTLED.on(task).set(settled);
    DissolutionProcess.PARTNER_NAME.on(task).set(partner);
    if (settled) {
      decisions.record(form, DecisionStage.DISSOLUTION, "Obligations settled", DissolutionProcess.SETTLED, partner,
          form.text(DissolutionProcess.SETTLEMENT_NOTES));
    } else {
      String outstanding = form.text(DissolutionProcess.OUTSTANDING_OBLIGATIONS);
      DissolutionProcess.PARTNER_OUTSTANDING.on(task).set(outstanding);
      decisions.record(form, DecisionStage.DISSOLUTION, "Obligations outstanding", DissolutionProcess.OUTSTANDING,
          partner, outstanding);
    }
  }
}
