package org.alliancecompass.review;

import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The owner's word on an action: done, or blocked and why, with a link to the evidence; the action
 * shows it as its latest note and keeps it on record. Complete listener of {@code Task_CompleteAction}
 * in {@code improvement-action}.
 */
@Component("actionReport")
class ActionReport implements TaskListener {

  private final ImprovementActionRepository actions;

  ActionReport(ImprovementActionRepository actions) {
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    ActionStatus status = ActionProcess.DONE.equals(form.text(ActionProcess.OUTCOME)) ? ActionStatus.DONE
        : ActionStatus.BLOCKED;
    String note = form.text(ActionProcess.NOTE);
    actions.update(ActionProcess.ACTION_ID.from(task).get(), status, note, form.text(ActionProcess.EVIDENCE_LINK),
        form.user());
    ActionProcess.LATEST_NOTE.on(task.getExecution()).set(note);
  }
}
