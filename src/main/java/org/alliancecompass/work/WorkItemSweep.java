package org.alliancecompass.work;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code work_item} true to the engine where the listeners could not: rows of tasks the
 * engine no longer has (removed behind the product's back) are deleted on start and then every
 * {@code alliance.work.sweep-interval} (one statement on the task table's primary key, on every
 * node: it is idempotent); open tasks without a row (created before the product kept open work)
 * get one on start.
 */
@Component
class WorkItemSweep {

  private static final Logger LOG = LoggerFactory.getLogger(WorkItemSweep.class);

  private final WorkItemRepository items;
  private final ManagementService management;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TransactionTemplate transaction;

  WorkItemSweep(WorkItemRepository items, ManagementService management, TaskService tasks, RuntimeService runtime,
      RepositoryService repository, TransactionTemplate transaction) {
    this.items = items;
    this.management = management;
    this.tasks = tasks;
    this.runtime = runtime;
    this.repository = repository;
    this.transaction = transaction;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    sweep();
    int added = 0;
    for (Task task : tasksWithoutItem()) {
      added += add(task) ? 1 : 0;
    }
    if (added > 0) {
      LOG.info("Open work: {} open tasks had no work item and have one now", added);
    }
  }

  @Scheduled(initialDelayString = "${alliance.work.sweep-interval:PT15M}",
      fixedDelayString = "${alliance.work.sweep-interval:PT15M}")
  void sweep() {
    int removed = items.sweep(management.getTableName(Task.class));
    if (removed > 0) {
      LOG.info("Open work: {} work items of tasks the engine no longer has were removed", removed);
    }
  }

  private List<Task> tasksWithoutItem() {
    return tasks.createNativeTaskQuery().sql("select RES.* from " + management.getTableName(Task.class)
        + " RES where RES.PROC_INST_ID_ is not null and not exists (select 1 from work_item w where w.task_id = RES.ID_)")
        .list();
  }

  private boolean add(Task task) {
    try {
      return Boolean.TRUE.equals(transaction.execute(status -> {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
            .singleResult();
        if (instance == null || items.exists(task.getId())) {
          return false;
        }
        List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId).sorted().toList();
        UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
            .getModelElementById(task.getTaskDefinitionKey());
        items.insert(new WorkItem(task.getId(), instance.getBusinessKey(),
            repository.getProcessDefinition(task.getProcessDefinitionId()).getKey(), task.getProcessInstanceId(),
            task.getTaskDefinitionKey(), element != null && element.getName() != null ? element.getName() : task.getName(),
            groups, task.getAssignee(), WorkItemRepository.utc(task.getCreateTime()),
            WorkItemRepository.utc(task.getDueDate()), 0, null, 0, null));
        return true;
      }));
    } catch (DuplicateKeyException e) {
      // another node added it at the same moment
      return false;
    }
  }
}
