package org.alliancecompass.taskform;

import java.util.ArrayList;
import java.util.Collection;
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
 * (this start listener). A submission or a start carries the form's fields and nothing else: the
 * form is the contract of its task. (What {@code complete} carries is set before any listener
 * runs; {@link TaskFormFields} checks it in front of the REST API.) A broken rule throws a
 * {@link FormFieldValidationException} naming the field: the REST API answers 400, the
 * transaction rolls back, the task stays open.
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

  /**
   * A form is submitted: only the form's own fields, and the submitted values over what the task
   * sees already keep the form's rules.
   */
  void checkSubmission(DelegateTask task, Map<String, Object> submitted) {
    FormDefinition form = formOf(task);
    List<FormViolation> unknown = notFieldsOf(form, submitted.keySet());
    if (!unknown.isEmpty()) {
      throw invalid(unknown);
    }
    Map<String, Object> values = new HashMap<>(PlainValues.plain(task.getVariables()));
    values.putAll(PlainValues.plain(submitted));
    check(task, form, values);
    task.setVariableLocal(CHECKED, Variables.booleanValue(true, true));
  }

  /** A user task completes; unless its form was submitted and checked, check what it sees. */
  @Override
  public void notify(DelegateTask task) {
    if (task.getVariableLocal(CHECKED) == null) {
      check(task, formOf(task), PlainValues.plain(task.getVariables()));
    }
  }

  /**
   * A process starts from its start form: every variable it starts with is a field of that form,
   * or the initiator, which names the user who starts it and nobody else.
   */
  @Override
  public void notify(DelegateExecution execution) {
    StartEvent start = (StartEvent) execution.getBpmnModelElementInstance();
    FormDefinition form = forms.find(execution.getProcessDefinitionId(), start.getCamundaFormRef());
    Map<String, Object> variables = PlainValues.plain(execution.getVariables());
    String initiator = start.getCamundaInitiator();
    List<FormViolation> violations = new ArrayList<>(notFieldsOf(form,
        variables.keySet().stream().filter(name -> !name.equals(initiator)).toList()));
    String user = Context.getCommandContext().getAuthenticatedUserId();
    if (initiator != null && user != null && variables.get(initiator) != null && !user.equals(variables.get(initiator))) {
      violations.add(new FormViolation(initiator, "names the user who starts the process; it cannot be given"));
    }
    violations.addAll(rules.check(form, variables));
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
  }

  /** The Camunda Form of a user task, from the task's own deployment. */
  private FormDefinition formOf(DelegateTask task) {
    return forms.find(task.getProcessDefinitionId(), ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef());
  }

  /** The form is the contract of its task: a variable it has no field for is not taken. */
  static List<FormViolation> notFieldsOf(FormDefinition form, Collection<String> names) {
    return names.stream().filter(name -> !form.keys().contains(name)).sorted()
        .map(name -> new FormViolation(name, "is not a field of the form '" + form.id() + "'"))
        .toList();
  }

  private void check(DelegateTask task, FormDefinition form, Map<String, Object> values) {
    List<FormViolation> violations = new ArrayList<>(rules.check(form, values));
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
