package org.alliancecompass.taskform;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Holds every submission to the rules of its Camunda Form, on the server: when a user task
 * completes (through {@code submit-form}, {@code complete}, Tasklist or the Java API) and when a
 * process starts from a start form. A value that breaks a rule throws a
 * {@link FormFieldValidationException} naming the field; the engine's REST API answers it with
 * 400 and the transaction rolls back, so the task stays open and nothing changes.
 *
 * <p>Added to every form-bound element by {@link TaskFormPlugin}; not referenced from models.
 */
final class FormGuard implements TaskListener, ExecutionListener {

  private final DeployedForms forms;
  private final FormRules rules;

  FormGuard(DeployedForms forms, FormRules rules) {
    this.forms = forms;
    this.rules = rules;
  }

  /** A user task completes. */
  @Override
  public void notify(DelegateTask task) {
    String formId = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
    check(forms.find(task.getProcessDefinitionId(), formId), task.getVariables());
  }

  /** A process starts from its start form. */
  @Override
  public void notify(DelegateExecution execution) {
    String formId = ((StartEvent) execution.getBpmnModelElementInstance()).getCamundaFormRef();
    check(forms.find(execution.getProcessDefinitionId(), formId), execution.getVariables());
  }

  private void check(FormDefinition form, Map<String, Object> variables) {
    List<FormViolation> violations = rules.check(form, PlainValues.plain(variables));
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
  }

  static FormFieldValidationException invalid(List<FormViolation> violations) {
    String message = violations.stream().map(FormViolation::toString).collect(Collectors.joining("; "));
    return new FormFieldValidationException(violations.get(0).field(), "Invalid form data: " + message);
  }
}
