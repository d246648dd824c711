package org.alliancecompass.dissolution;

import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The {@code alliance-dissolution} process ({@code bpmn/alliance-dissolution.bpmn}): key, elements, variables. */
public final class DissolutionProcess {

  public static final String KEY = "alliance-dissolution";

  public static final String TASK_EXIT_PLAN = "Task_PrepareExitPlan";
  public static final String TASK_CONFIRM_OBLIGATIONS = "Task_ConfirmObligationsSettled";
  public static final String EVENT_OBLIGATIONS_REMINDER = "Event_ObligationsReminder";
  public static final String TASK_LESSONS = "Task_RecordLessonsLearned";

  public static final VariableFactory<List<String>> PARTNER_GROUPS = listVariable("partnerGroups", String.class);
  public static final VariableFactory<String> PARTNER = stringVariable("partner");

  private DissolutionProcess() {
  }
}
