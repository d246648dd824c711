package org.alliancecompass.engineapi;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** What the engine API filter asks of the engine about a task, as the user who calls. */
@Component
class EngineTasks {

  private final ProcessEngine engine;

  EngineTasks(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Whether the user sees this task: one of their groups' or their own (the engine's authorizations decide). */
  boolean visible(String taskId, String user, List<String> groups) {
    return as(user, groups, () -> tasks().createTaskQuery().taskId(taskId).count() > 0);
  }

  /**
   * Hands a task back to its candidate groups, if the user is the one who claimed it. The engine's
   * unclaim asks for the right to assign the task to anyone; this is the narrower right to undo
   * one's own claim, recorded in the operation log as the user's.
   */
  boolean handBack(String taskId, String user, List<String> groups) {
    return as(user, groups, () -> {
      Task task = tasks().createTaskQuery().taskId(taskId).singleResult();
      // a task offered to no group (a person's own health assessment or action) has no one to go back to
      if (task == null || !user.equals(task.getAssignee()) || tasks().getIdentityLinksForTask(taskId).stream()
          .noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)) {
        return false;
      }
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
          .execute(context -> context.runWithoutAuthorization(() -> {
            tasks().setAssignee(taskId, null);
            return null;
          }));
      return true;
    });
  }

  private TaskService tasks() {
    return engine.getTaskService();
  }

  /** Runs as the user, and leaves the thread's authentication as it found it. */
  private <T> T as(String user, List<String> groups, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(user, groups);
    try {
      return work.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }
}
