package org.alliancecompass.dissolution;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The alliance managers' follow-up of a partner's outstanding obligations: what was agreed, on
 * record and shown to the partner, who is asked again. Complete listener of
 * {@code Task_FollowUpObligations} in {@code alliance-dissolution}.
 */
@Component("obligationsFollowUp")
class ObligationsFollowUp implements TaskListener {

  private final DecisionRegister decisions;

  ObligationsFollowUp(DecisionRegister decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String note = form.text(DissolutionProcess.FOLLOW_UP_NOTE);
    DissolutionProcess.FOLLOW_UP_NOTE_SHOWN.on(task).set(note);
    decisions.record(form, DecisionStage.DISSOLUTION, "Outstanding obligations followed up", "FOLLOWED_UP",
        DissolutionProcess.PARTNER_NAME.from(task).get(), note);
  }
}
