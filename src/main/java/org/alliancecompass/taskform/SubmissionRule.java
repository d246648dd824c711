package org.alliancecompass.taskform;

import java.util.List;
import java.util.Set;

/**
 * A rule of the domain a form cannot express (at least two candidates, shares adding up to 100,
 * someone else approves), checked with the form's own rules when a task is submitted, before
 * anything is stored: a broken rule is a 400 naming the field, the task stays open.
 *
 * <p>Spring beans implementing this are found by {@link TaskFormPlugin}; the completion listener
 * of the same task usually implements it too, so one class holds what a task means.
 */
public interface SubmissionRule {

  /** The user tasks (BPMN element ids) this rule checks. */
  Set<String> taskIds();

  /** The problems with this submission; empty when there are none. */
  List<FormViolation> check(SubmittedForm submission);
}
