package org.alliancecompass.governance;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The independent facilitator's recommendation, the last step of the dispute ladder: as the
 * agreement's dispute clause binds the partners to it, it is the decision. Complete listener of
 * {@code Task_FacilitatorRecommends} in {@code partner-decision}.
 */
@Component("disputeRecommendation")
class DisputeRecommendation implements TaskListener {

  private final PartnerDecisionRepository decisions;
  private final DecisionRegister register;

  DisputeRecommendation(PartnerDecisionRepository decisions, DecisionRegister register) {
    this.decisions = decisions;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    PartnerDecisionFinalCall.decide(SubmittedForm.of(task), PartnerDecisionProcess.RECOMMENDATION,
        PartnerDecisionProcess.RECOMMENDATION_RATIONALE, PartnerDecisionProcess.BASIS_FACILITATOR,
        "independent facilitator's recommendation", "Independent facilitator", decisions, register);
  }
}
