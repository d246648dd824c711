package org.alliancecompass.work;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Escalates a task past its due date to the group that can act on it ({@link
 * ChasingPolicy#escalationGroup}): the task goes to the top of Tasklist with a comment saying to
 * whom it was escalated, {@code work_item} records when, and {@link WorkEscalated} goes out (the
 * notification module tells both the people it waits for and the group it is escalated to). Its
 * timer repeats until the task is done. The {@value ChasingPolicy#ESCALATION} timeout listener of
 * every user task of every model.
 */
@Component(ChasingPolicy.ESCALATION_LISTENER)
class WorkEscalation implements TaskListener {

  private final WorkItemRepository items;
  private final ChasingPolicy policy;
  private final ApplicationEventPublisher events;

  WorkEscalation(WorkItemRepository items, ChasingPolicy policy, ApplicationEventPublisher events) {
    this.items = items;
    this.policy = policy;
    this.events = events;
  }

  @Override
  public void notify(DelegateTask task) {
    WorkItem before = items.find(task.getId()).orElseGet(() -> WorkItemTracking.of(task));
    String escalateTo = policy.escalationGroup(before.candidateGroups());
    task.setPriority(Math.max(task.getPriority(), ChasingPolicy.ESCALATED_PRIORITY));
    TaskComments.add(task, (task.getDueDate() == null ? "Overdue" : "Overdue since " + TaskComments.day(task.getDueDate()))
        + ": escalated to " + groupName(task, escalateTo) + ".");
    items.escalated(task.getId(), Instant.now());
    events.publishEvent(new WorkEscalated(items.find(task.getId()).orElse(before), escalateTo));
  }

  /** The group's name, looked up past the authorizations of whoever runs the job (Cockpit's "execute"). */
  private static String groupName(DelegateTask task, String groupId) {
    Group group = Context.getCommandContext().runWithoutAuthorization(() ->
        task.getProcessEngineServices().getIdentityService().createGroupQuery().groupId(groupId).singleResult());
    return group == null || group.getName() == null ? groupId : group.getName();
  }
}
