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
    decide(SubmittedForm.of(task), PartnerDecisionProcess.FINAL_DECISION,
        PartnerDecisionProcess.FINAL_DECISION_RATIONALE, PartnerDecisionProcess.BASIS_FINAL_CALL, "final call on deadlock",
        "Alliance leadership team", decisions, register);
  }

  /**
   * A decision someone takes in a task for the partners (the leadership team's final call, the
   * facilitator's recommendation): it closes the decision on that basis, and goes on record.
   */
  static void decide(SubmittedForm form, String outcomeField, String rationaleField, String basis, String what,
      String by, PartnerDecisionRepository decisions, DecisionRegister register) {
    DelegateTask task = form.task();
    String outcome = form.text(outcomeField);
    DECISION_OUTCOME.on(task.getExecution()).set(outcome);
    PartnerDecisionProcess.DECISION_BASIS.on(task.getExecution()).set(basis);
    decisions.close(DECISION_ID.from(task).get(), outcome, basis);
    register.record(form, DecisionStage.GOVERNANCE,
        DecisionTopic.valueOf(DECISION_TOPIC.from(task).get()).title() + ": " + what, outcome, by,
        form.text(rationaleField));
  }
}
