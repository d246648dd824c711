package org.alliancecompass.work;

import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code work_item} for every user task of every model, with no per-model configuration: the
 * engine runs these built-in listeners on each user task's create, assignment, update, complete and
 * delete, in the transaction that changes the task, and the work module's events go out from there.
 * Built-in listeners run even when an administrator deletes a process with "skip custom listeners";
 * {@link WorkItemSweep} catches what still slips past (a task removed by other means). They run
 * before the models' own listeners, so a completion that lost a race with another node (the task
 * read, its execution gone by the time it is completed) is the engine's optimistic-locking
 * conflict, answered 409, before any listener reads the missing execution.
 */
@Component
class WorkItemTracking extends AbstractProcessEnginePlugin {

  private final WorkItemRepository items;
  private final ApplicationEventPublisher events;

  WorkItemTracking(WorkItemRepository items, ApplicationEventPublisher events) {
    this.items = items;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, WorkItemTracking.this::created);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, WorkItemTracking.this::assigned);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, WorkItemTracking.this::updated);
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, t -> ended(t, true));
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, t -> ended(t, false));
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private void created(DelegateTask task) {
    WorkItem item = of(task);
    items.insert(item);
    events.publishEvent(new WorkArrived(item));
  }

  /** A claim, a hand-back or an assignment by someone else; not the assignee a task is created with. */
  private void assigned(DelegateTask task) {
    items.update(task.getId(), task.getAssignee(), task.getDueDate());
    if (task.getLastUpdated() != null) {
      Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      String by = current == null ? null : current.getUserId();
      items.find(task.getId()).ifPresent(item -> events.publishEvent(new WorkAssigned(item, by)));
    }
  }

  private void updated(DelegateTask task) {
    items.update(task.getId(), task.getAssignee(), task.getDueDate());
  }

  private void ended(DelegateTask task, boolean completed) {
    if (completed && task.getExecutionId() != null && task.getExecution() == null) {
      // read before another node completed it and its process moved on: the engine's own conflict
      throw new OptimisticLockingException("Task " + task.getId() + " was completed meanwhile: its execution is gone");
    }
    WorkItem item = items.find(task.getId()).orElseGet(() -> of(task));
    items.record(item, completed, OffsetDateTime.now(ZoneOffset.UTC));
    items.delete(task.getId());
    events.publishEvent(new WorkDone(item, completed));
  }

  /** What the product keeps of a task that is being created. */
  static WorkItem of(DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).sorted().toList();
    UserTask element = task.getBpmnModelElementInstance();
    String name = element != null && element.getName() != null ? element.getName() : task.getName();
    return new WorkItem(task.getId(), task.getExecution().getProcessBusinessKey(),
        ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey(), task.getProcessInstanceId(),
        task.getTaskDefinitionKey(), name, groups, task.getAssignee(),
        WorkItemRepository.utc(task.getCreateTime()), WorkItemRepository.utc(task.getDueDate()), 0, null, 0, null);
  }
}
