package org.alliancecompass.dissolution;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The {@code alliance-dissolution} process ({@code bpmn/alliance-dissolution.bpmn}): key, elements, variables. */
public final class DissolutionProcess {

  public static final String KEY = "alliance-dissolution";

  public static final String TASK_EXIT_PLAN = "Task_PrepareExitPlan";
  public static final String TASK_CONFIRM_OBLIGATIONS = "Task_ConfirmObligationsSettled";
  public static final String TASK_FOLLOW_UP_OBLIGATIONS = "Task_FollowUpObligations";
  public static final String TASK_LESSONS = "Task_RecordLessonsLearned";

  // the fields of forms/exit-plan.form
  public static final String OBLIGATIONS = "obligations";
  public static final String SHARED_ASSETS_AND_DATA = "sharedAssetsAndData";
  public static final String SERVICE_CONTINUITY = "serviceContinuity";
  public static final String COMMUNICATIONS = "communications";
  public static final String EXIT_DATE = "exitDate";
  // forms/obligations-confirmation.form
  public static final String OBLIGATIONS_STATUS = "obligationsStatus";
  public static final String SETTLED = "SETTLED";
  public static final String OUTSTANDING = "OUTSTANDING";
  public static final String OUTSTANDING_OBLIGATIONS = "outstandingObligations";
  public static final String SETTLEMENT_NOTES = "settlementNotes";
  // forms/obligations-follow-up.form
  public static final String FOLLOW_UP_NOTE = "followUpNote";
  // each partner's own, in its instance of SubProcess_PartnerObligations
  public static final VariableFactory<Boolean> PARTNER_SETTLED = booleanVariable("partnerObligationsSettled");
  public static final VariableFactory<String> PARTNER_OUTSTANDING = stringVariable("partnerOutstanding");
  public static final VariableFactory<String> PARTNER_NAME = stringVariable("obligationsPartnerName");
  public static final VariableFactory<String> FOLLOW_UP_NOTE_SHOWN = stringVariable("obligationsFollowUpNote");
  // forms/lessons-learned.form: one lesson per dimension of the health model, then one overall
  public static final String LESSONS = "lessons";
  public static final String LESSON_TEXT = "lesson";
  public static final String LESSON_OVERALL = "lessonOverall";

  private DissolutionProcess() {
  }
}
