package org.alliancecompass.taskform;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Tells which variables a task's form has no field for, outside the engine: {@code complete} sets
 * the variables it carries on the process before any listener runs, so that a listener could no
 * longer tell them from the task's own. The REST API asks here first ({@code engineapi.EngineApiFilter}).
 */
@Component
public class TaskFormFields {

  private final ProcessEngineConfigurationImpl engine;
  private final DeployedForms forms;

  TaskFormFields(ProcessEngineConfigurationImpl engine, DeployedForms forms) {
    this.engine = engine;
    this.forms = forms;
  }

  /**
   * Why these variables may not come with the task, in the words the engine uses for a broken form
   * rule ("Invalid form data: gateOutcome: is not a field of the form ..."); empty when every one is
   * a field of its form, or the task has no Camunda Form (a task without a process, a model without forms).
   */
  public Optional<String> unknownVariables(String taskId, Collection<String> names) {
    return engine.getCommandExecutorTxRequired().execute(commandContext -> {
      TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
      if (task == null || task.getProcessDefinitionId() == null || names.isEmpty()) {
        return Optional.empty();
      }
      String formId = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
      if (formId == null) {
        return Optional.empty();
      }
      List<FormViolation> unknown = FormGuard.notFieldsOf(forms.find(task.getProcessDefinitionId(), formId), names);
      return unknown.isEmpty() ? Optional.empty() : Optional.of(FormGuard.invalid(unknown).getMessage());
    });
  }
}
