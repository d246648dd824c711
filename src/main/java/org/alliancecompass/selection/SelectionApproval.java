package org.alliancecompass.selection;

import java.util.List;
import java.util.Objects;
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
 * The leadership team approves or sends back the selection, and never the person who made it
 * (four eyes). Complete listener of {@code Task_ApproveSelection} in {@code partner-selection}.
 */
@Component("selectionApproval")
class SelectionApproval implements TaskListener, SubmissionRule {

  private final DecisionRegister decisions;

  SelectionApproval(DecisionRegister decisions) {
    this.decisions = decisions;
  }

  @Override
  public Set<String> taskIds() {
    return Set.of(SelectionProcess.TASK_APPROVE);
  }

  @Override
  public List<FormViolation> check(SubmittedForm form) {
    String approver = form.user();
    if (approver != null && Objects.equals(approver, form.value(SelectionProcess.SELECTED_BY.getName()))) {
      return List.of(new FormViolation(SelectionProcess.SELECTION_DECISION,
          "you selected these partners; another member of the leadership team must approve the selection"));
    }
    return List.of();
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    decisions.record(form, DecisionStage.SELECTION,
        "Partner selection: " + SelectionProcess.SELECTED_PARTNER_NAMES.from(task).getOrDefault(""),
        form.text(SelectionProcess.SELECTION_DECISION), "Alliance leadership team",
        form.text(SelectionProcess.SELECTION_DECISION_REASON.getName()));
  }
}
