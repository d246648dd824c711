package org.alliancecompass.review;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;
import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The {@code improvement-action} process ({@code bpmn/improvement-action.bpmn}): key, elements, variables. */
public final class ActionProcess {

  public static final String KEY = "improvement-action";
  public static final String TASK_COMPLETE = "Task_CompleteAction";
  public static final String TASK_UNBLOCK = "Task_UnblockAction";
  /** Correlated to every action of an alliance when it is dissolved. */
  public static final String MESSAGE_ALLIANCE_DISSOLVED = "AllianceDissolved";

  public static final VariableFactory<Long> ACTION_ID = longVariable("actionId");
  /** The owner: a person (the task is theirs) or an organisation (its group's task); the other is empty. */
  public static final VariableFactory<String> OWNER_USER = stringVariable("actionOwnerUser");
  public static final VariableFactory<List<String>> OWNER_GROUPS = listVariable("actionOwnerGroups", String.class);
  /** The owner as the task's candidate (a person's own task stays theirs after a hand-back); empty for an organisation. */
  public static final VariableFactory<List<String>> OWNER_USERS = listVariable("actionOwnerUsers", String.class);
  public static final VariableFactory<Date> DUE_DATE = dateVariable("actionDueDate");
  // what the forms show
  public static final VariableFactory<String> ACTION_TEXT = stringVariable("actionText");
  public static final VariableFactory<String> DIMENSION_LABEL = stringVariable("actionDimensionLabel");
  public static final VariableFactory<String> OWNER_NAME = stringVariable("actionOwnerName");
  public static final VariableFactory<String> DUE_LABEL = stringVariable("actionDueLabel");
  public static final VariableFactory<String> LATEST_NOTE = stringVariable("actionLatestNote");
  /** Who may own the action, for a new owner when it is unblocked (options: label, value). */
  public static final String OWNER_OPTIONS = "actionOwnerOptions";

  // fields of forms/improvement-action-report.form
  public static final String OUTCOME = "actionOutcome";
  public static final String NOTE = "actionNote";
  public static final String EVIDENCE_LINK = "evidenceLink";
  public static final String DONE = "DONE";
  public static final String BLOCKED = "BLOCKED";
  // fields of forms/improvement-action-unblock.form
  public static final String UNBLOCK_DECISION = "unblockDecision";
  public static final String UNBLOCK_NOTE = "unblockNote";
  public static final String NEW_OWNER = "newOwner";
  public static final String NEW_DUE_DATE = "newDueDate";
  public static final String RESUME = "RESUME";
  public static final String DROP = "DROP";

  private ActionProcess() {
  }
}
