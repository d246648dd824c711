package org.alliancecompass.taskform;

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
 * Keeps the values submitted through a task's form on that task, for the tasks of a
 * multi-instance activity (one per partner organisation): partners answering at the same time
 * never overwrite or read each other's answers, and Camunda's history keeps each answer with the
 * task and the person who gave it. The task's completion listener records what the process needs.
 */
final class TaskLocalFormHandler implements TaskFormHandler {

  private final TaskFormHandler delegate;

  TaskLocalFormHandler(TaskFormHandler delegate) {
    this.delegate = delegate;
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
    variableScope.setVariablesLocal(properties);
  }
}
