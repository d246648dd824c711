package org.alliancecompass.taskform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Holds every submission to the rules of its Camunda Form and to the domain's
 * {@link SubmissionRule}s, on the server: when a task's form is submitted (Tasklist, REST
 * {@code submit-form}, {@link SubmittingFormHandler}), when a task completes without its form
 * (REST {@code complete}: this complete listener), and when a process starts from a start form
 * (this start listener). A broken rule throws a {@link FormFieldValidationException} naming the
 * field: the REST API answers 400, the transaction rolls back, the task stays open.
 *
 * <p>Added to every form-bound element by {@link TaskFormPlugin}; not referenced from models.
 */
final class FormGuard implements TaskListener, ExecutionListener {

  /** Marks a task whose submission was checked in this command (transient: never stored). */
  static final String CHECKED = "formSubmissionChecked";

  private final DeployedForms forms;
  private final FormRules rules;
  private final Supplier<List<SubmissionRule>> domainRules;

  FormGuard(DeployedForms forms, FormRules rules, Supplier<List<SubmissionRule>> domainRules) {
    this.forms = forms;
    this.rules = rules;
    this.domainRules = domainRules;
  }

  /** A form is submitted: the submitted values over what the task sees already. */
  void checkSubmission(DelegateTask task, Map<String, Object> submitted) {
    Map<String, Object> values = new HashMap<>(PlainValues.plain(task.getVariables()));
    values.putAll(PlainValues.plain(submitted));
    check(task, values);
    task.setVariableLocal(CHECKED, Variables.booleanValue(true, true));
  }

  /** A user task completes; unless its form was submitted and checked, check what it sees. */
  @Override
  public void notify(DelegateTask task) {
    if (task.getVariableLocal(CHECKED) == null) {
      check(task, PlainValues.plain(task.getVariables()));
    }
  }

  /** A process starts from its start form. */
  @Override
  public void notify(DelegateExecution execution) {
    String formId = ((StartEvent) execution.getBpmnModelElementInstance()).getCamundaFormRef();
    List<FormViolation> violations = rules.check(forms.find(execution.getProcessDefinitionId(), formId),
        PlainValues.plain(execution.getVariables()));
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
  }

  private void check(DelegateTask task, Map<String, Object> values) {
    String formId = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
    List<FormViolation> violations = new ArrayList<>(rules.check(forms.find(task.getProcessDefinitionId(), formId), values));
    if (violations.isEmpty()) {
      SubmittedForm submission = SubmittedForm.of(task, values);
      for (SubmissionRule rule : domainRules.get()) {
        if (rule.taskIds().contains(task.getTaskDefinitionKey())) {
          // product code, like a delegate: it sees what it needs whoever submits
          violations.addAll(Context.getCommandContext().runWithoutAuthorization(() -> rule.check(submission)));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
  }

  static FormFieldValidationException invalid(List<FormViolation> violations) {
    String message = violations.stream().map(FormViolation::toString).collect(Collectors.joining("; "));
    return new FormFieldValidationException(violations.get(0).field(), "Invalid form data: " + message);
  }
}
