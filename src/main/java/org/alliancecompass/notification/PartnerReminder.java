package org.alliancecompass.notification;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminds the partner organisations that have not yet answered: their open tasks move up in
 * Tasklist (higher priority) and carry a reminder comment with the due date. Used by the
 * reminder timers of {@code alliance-review} (assessments), {@code alliance-agreement}
 * (signatures) and {@code alliance-dissolution} (obligations), through {@code Task_Remind*}.
 */
@Component("partnerReminder")
class PartnerReminder implements JavaDelegate {

  static final int REMINDED_PRIORITY = 80;
  private static final Logger LOG = LoggerFactory.getLogger(PartnerReminder.class);

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<Task> open = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list();
    for (Task task : open) {
      if (task.getPriority() < REMINDED_PRIORITY) {
        task.setPriority(REMINDED_PRIORITY);
        tasks.saveTask(task);
      }
      String due = task.getDueDate() == null ? "soon"
          : "by " + new SimpleDateFormat("EEEE d MMMM yyyy", Locale.UK).format(task.getDueDate());
      tasks.createComment(task.getId(), task.getProcessInstanceId(),
          "Reminder: your organisation's answer is still needed, " + due + ".");
    }
    LOG.info("Reminded {} open tasks of alliance {}", open.size(), execution.getProcessBusinessKey());
  }
}
