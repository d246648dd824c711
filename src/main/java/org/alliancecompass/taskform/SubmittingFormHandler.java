package org.alliancecompass.taskform;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Receives a task's form submission: checks it ({@link FormGuard}) before anything is stored,
 * then stores it. For the tasks of a multi-instance activity (one per partner organisation) the
 * values stay on the task: partners answering at the same time never overwrite or read each
 * other's answers, and Camunda's history keeps each answer with its task.
 */
final class SubmittingFormHandler implements TaskFormHandler {

  private final TaskFormHandler delegate;
  private final FormGuard guard;
  private final boolean taskLocal;

  SubmittingFormHandler(TaskFormHandler delegate, FormGuard guard, boolean taskLocal) {
    this.delegate = delegate;
    this.guard = guard;
    this.taskLocal = taskLocal;
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return delegate.createTaskForm(task);
  }

  @Override
  public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
      ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
    delegate.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
    guard.checkSubmission((DelegateTask) variableScope, properties);
    if (taskLocal) {
      variableScope.setVariablesLocal(properties);
    } else {
      delegate.submitFormVariables(properties, variableScope);
    }
  }
}
