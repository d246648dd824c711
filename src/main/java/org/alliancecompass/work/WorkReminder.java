package org.alliancecompass.work;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reminds the people a task waits for: the task moves up in Tasklist (higher priority) with a
 * reminder comment, {@code work_item} counts the reminder, and {@link WorkReminded} goes out (the
 * notification module tells the people). The {@value ChasingPolicy#REMINDER} timeout listener of
 * every user task of every model.
 */
@Component(ChasingPolicy.REMINDER_LISTENER)
class WorkReminder implements TaskListener {

  private final WorkItemRepository items;
  private final ApplicationEventPublisher events;

  WorkReminder(WorkItemRepository items, ApplicationEventPublisher events) {
    this.items = items;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getPriority() < ChasingPolicy.REMINDED_PRIORITY) {
      task.setPriority(ChasingPolicy.REMINDED_PRIORITY);
    }
    TaskComments.add(task, "Reminder: this is still waiting for an answer"
        + (task.getDueDate() == null ? "." : ", due by " + TaskComments.day(task.getDueDate()) + "."));
    items.reminded(task.getId(), Instant.now());
    events.publishEvent(new WorkReminded(items.find(task.getId()).orElseGet(() -> WorkItemTracking.of(task))));
  }
}
