package org.alliancecompass.governance;

import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_ID;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_OUTCOME;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_TOPIC;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The leadership team's final call when the partners did not decide by their rule. Complete
 * listener of {@code Task_DecideOnDeadlock} in {@code partner-decision}.
 */
@Component("partnerDecisionFinalCall")
class PartnerDecisionFinalCall implements TaskListener {

  private final PartnerDecisionRepository decisions;
  private final DecisionRegister register;

  PartnerDecisionFinalCall(PartnerDecisionRepository decisions, DecisionRegister register) {
    this.decisions = decisions;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String outcome = form.text(PartnerDecisionProcess.FINAL_DECISION);
    DECISION_OUTCOME.on(task.getExecution()).set(outcome);
    PartnerDecisionProcess.DECISION_BASIS.on(task.getExecution()).set(PartnerDecisionProcess.BASIS_FINAL_CALL);
    decisions.close(DECISION_ID.from(task).get(), outcome, PartnerDecisionProcess.BASIS_FINAL_CALL);
    register.record(form, DecisionStage.GOVERNANCE,
        DecisionTopic.valueOf(DECISION_TOPIC.from(task).get()).title() + ": final call on deadlock", outcome,
        "Alliance leadership team", form.text(PartnerDecisionProcess.FINAL_DECISION_RATIONALE));
  }
}
