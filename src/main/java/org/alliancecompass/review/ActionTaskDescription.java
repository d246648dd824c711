package org.alliancecompass.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Says in Tasklist's list which action a task is about: its text and due date, and for the
 * managers, that it is blocked. Create listener of {@code Task_CompleteAction} and
 * {@code Task_UnblockAction} in {@code improvement-action}.
 */
@Component("actionTaskDescription")
class ActionTaskDescription implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String action = ActionProcess.ACTION_TEXT.from(task).get();
    String due = ActionProcess.DUE_LABEL.from(task).get();
    task.setDescription(ActionProcess.TASK_UNBLOCK.equals(task.getTaskDefinitionKey())
        ? "Blocked: " + action + " (owner " + ActionProcess.OWNER_NAME.from(task).get() + ", due " + due + ")"
        : action + " (due " + due + ")");
  }
}
