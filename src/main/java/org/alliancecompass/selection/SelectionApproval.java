package org.alliancecompass.selection;

import java.util.Objects;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The leadership team approves or sends back the selection, and never the person who made it
 * (four eyes). Complete listener of {@code Task_ApproveSelection} in {@code partner-selection}.
 */
@Component("selectionApproval")
class SelectionApproval implements TaskListener {

  private final DecisionRegister decisions;

  SelectionApproval(DecisionRegister decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String approver = form.user();
    if (approver != null && Objects.equals(approver, SelectionProcess.SELECTED_BY.from(task).getOrNull())) {
      throw SubmittedForm.invalid("selectionDecision",
          "you selected these partners; another member of the leadership team must approve the selection");
    }
    String decision = form.text("selectionDecision");
    String reason = form.text("selectionDecisionReason");
    decisions.record(form.allianceReference(), "SELECTION", "Partner selection: " +
        SelectionProcess.SELECTED_PARTNER_NAMES.from(task).getOrDefault(""), decision, approver,
        "Alliance leadership team", reason, task.getProcessInstanceId(), task.getId());
  }
}
