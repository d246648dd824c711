package org.alliancecompass.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.FormViolation;
import org.alliancecompass.taskform.SubmissionRule;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The managers' answer to a blocked action: resume it (with a new owner, a new due date, or as it
 * was) or drop it, with the reason on record; a dropped action is a decision of the alliance's
 * register. A new due date is not in the past. Submission rule and complete listener of
 * {@code Task_UnblockAction} in {@code improvement-action}.
 */
@Component("actionUnblock")
class ActionUnblock implements TaskListener, SubmissionRule {

  private final ImprovementActionRepository actions;
  private final ActionOwners owners;
  private final DecisionRegister decisions;

  ActionUnblock(ImprovementActionRepository actions, ActionOwners owners, DecisionRegister decisions) {
    this.actions = actions;
    this.owners = owners;
    this.decisions = decisions;
  }

  @Override
  public Set<String> taskIds() {
    return Set.of(ActionProcess.TASK_UNBLOCK);
  }

  @Override
  public List<FormViolation> check(SubmittedForm form) {
    List<FormViolation> violations = new ArrayList<>();
    LocalDate due = newDueDate(form);
    if (resumed(form) && due != null && due.isBefore(LocalDate.now())) {
      violations.add(new FormViolation(ActionProcess.NEW_DUE_DATE, "is in the past: " + due));
    }
    return violations;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    long id = ActionProcess.ACTION_ID.from(task).get();
    String note = form.text(ActionProcess.UNBLOCK_NOTE);
    if (!resumed(form)) {
      actions.update(id, ActionStatus.DROPPED, note, null, form.user());
      decisions.record(form, DecisionStage.REVIEW, "Improvement action dropped: " + ActionProcess.ACTION_TEXT.from(task).get(),
          "DROPPED", "Alliance managers", note);
      return;
    }
    ActionOwner owner = form.text(ActionProcess.NEW_OWNER) == null ? null
        : owners.find(form.allianceReference(), form.text(ActionProcess.NEW_OWNER)).orElseThrow();
    LocalDate due = newDueDate(form);
    actions.reassign(id, owner, due);
    actions.update(id, ActionStatus.OPEN, "Resumed: " + note, null, form.user());
    if (owner != null) {
      task.getExecution().setVariables(ImprovementActions.ownerVariables(owner));
    }
    if (due != null) {
      task.getExecution().setVariables(ImprovementActions.dueVariables(due));
    }
    ActionProcess.LATEST_NOTE.on(task.getExecution()).set("Resumed: " + note);
  }

  private static boolean resumed(SubmittedForm form) {
    return ActionProcess.RESUME.equals(form.text(ActionProcess.UNBLOCK_DECISION));
  }

  private static LocalDate newDueDate(SubmittedForm form) {
    String due = form.text(ActionProcess.NEW_DUE_DATE);
    return due == null ? null : LocalDate.parse(due.substring(0, 10));
  }
}
