package org.alliancecompass.membership;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The managers' follow-up of a leaving partner's outstanding obligations: on record, and shown to
 * the partner when it is asked again. Complete listener of {@code Task_FollowUpExit} in
 * {@code partner-exit}.
 */
@Component("exitFollowUp")
class ExitFollowUp implements TaskListener {

  private final DecisionRegister register;

  ExitFollowUp(DecisionRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String note = form.text(ExitProcess.FOLLOW_UP_NOTE);
    ExitProcess.FOLLOW_UP_SHOWN.on(task.getExecution()).set(note);
    String partner = ExitProcess.leavingPartner(task);
    register.record(form, DecisionStage.MEMBERSHIP, "Exit obligations of " + partner, "FOLLOWED_UP",
        "Alliance managers", note);
  }
}
