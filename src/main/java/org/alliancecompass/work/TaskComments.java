package org.alliancecompass.work;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** A comment on a task, as Tasklist shows it under the task's "History" and "Comments". */
final class TaskComments {

  private TaskComments() {
  }

  static void add(DelegateTask task, String text) {
    task.getProcessEngineServices().getTaskService().createComment(task.getId(), task.getProcessInstanceId(), text);
  }

  static String day(Date date) {
    return new SimpleDateFormat("EEEE d MMMM yyyy", Locale.UK).format(date);
  }
}
