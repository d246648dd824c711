package org.alliancecompass.taskform;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The values of a task's form, read the way a {@link SubmissionRule} or a completion listener
 * needs them. {@link FormGuard} has checked them against the form's rules first, so the
 * accessors only convert (Tasklist sends "4" for a radio option, a REST client may send 4).
 */
public final class SubmittedForm {

  private final DelegateTask task;
  private final Map<String, Object> values;

  private SubmittedForm(DelegateTask task, Map<String, Object> values) {
    this.task = task;
    this.values = values;
  }

  /** The values a completion listener sees: the variables of the completing task. */
  public static SubmittedForm of(DelegateTask task) {
    return new SubmittedForm(task, PlainValues.plain(task.getVariables()));
  }

  /** The values of a submission not yet stored: what is submitted, over what the task sees. */
  static SubmittedForm of(DelegateTask task, Map<String, Object> plainValues) {
    return new SubmittedForm(task, plainValues);
  }

  /** Trimmed text, or null when the field was left empty. */
  public String text(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    String text = String.valueOf(value).trim();
    return text.isEmpty() ? null : text;
  }

  public Integer integer(String key) {
    Object value = values.get(key);
    return value == null ? null : FormRules.toNumber(value).intValueExact();
  }

  public Double number(String key) {
    Object value = values.get(key);
    return value == null ? null : FormRules.toNumber(value).doubleValue();
  }

  public boolean flag(String key) {
    return Boolean.TRUE.equals(values.get(key));
  }

  /** Any variable the task sees, as plain Java. */
  public Object value(String key) {
    return values.get(key);
  }

  public LocalDate date(String key) {
    String text = text(key);
    return text == null ? null : LocalDate.parse(text.substring(0, 10));
  }

  /** The options chosen in a checklist. */
  @SuppressWarnings("unchecked")
  public List<String> choices(String key) {
    Object value = values.get(key);
    return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
  }

  /** The entries of a dynamic list, each a map of its fields. */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> items(String key) {
    Object value = values.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }

  /** The user completing the task: the one the REST API or Tasklist authenticated, else the assignee. */
  public String user() {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }

  /** The alliance reference: the business key every process of an alliance carries. */
  public String allianceReference() {
    return task.getExecution().getProcessBusinessKey();
  }

  public DelegateTask task() {
    return task;
  }

  public DelegateExecution execution() {
    return task.getExecution();
  }

  /** A broken rule of a start form or a delegate: the REST API answers 400 naming the field. */
  public static FormFieldValidationException invalid(String field, String message) {
    return FormGuard.invalid(List.of(new FormViolation(field, message)));
  }
}
