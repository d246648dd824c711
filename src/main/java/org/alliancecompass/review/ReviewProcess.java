package org.alliancecompass.review;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.doubleVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;
import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The {@code alliance-review} process ({@code bpmn/alliance-review.bpmn}): key, elements, variables. */
public final class ReviewProcess {

  public static final String KEY = "alliance-review";
  public static final String DECISION_KEY = "review-gate-outcome";

  public static final String TASK_ASSESS_HEALTH = "Task_AssessPartnerHealth";
  public static final String EVENT_REMINDER = "Event_AssessmentReminder";
  public static final String EVENT_DEADLINE = "Event_AssessmentDeadline";
  public static final String TASK_OBJECTIVES = "Task_RecordObjectiveAchievement";
  public static final String TASK_RECONCILE = "Task_ReconcilePerceptions";
  public static final String TASK_IMPROVEMENT_PLAN = "Task_AgreeImprovementPlan";
  public static final String TASK_VOTE = "Task_CastPartnerVote";
  public static final String EVENT_VOTE_DEADLINE = "Event_VoteDeadline";
  public static final String TASK_FINAL_CALL = "Task_MakeFinalCall";

  /** SCHEDULED or AD_HOC, set by the lifecycle's call activity. */
  public static final VariableFactory<String> REVIEW_TRIGGER = stringVariable("reviewTrigger");
  public static final VariableFactory<Long> REVIEW_ID = longVariable("reviewId");
  public static final VariableFactory<Integer> REVIEW_NUMBER = intVariable("reviewNumber");
  public static final VariableFactory<List<String>> PARTNER_GROUPS = listVariable("partnerGroups", String.class);
  /** The partner organisation of one assessment or vote task (multi-instance element). */
  public static final VariableFactory<String> PARTNER = stringVariable("partner");
  public static final VariableFactory<Date> ASSESSMENT_DEADLINE = dateVariable("assessmentDeadline");
  public static final VariableFactory<Date> ASSESSMENT_REMINDER_AT = dateVariable("assessmentReminderAt");
  public static final VariableFactory<Double> PERCEPTION_GAP_THRESHOLD = doubleVariable("perceptionGapThreshold");

  // results (public contract: passed back to alliance-lifecycle)
  public static final VariableFactory<Double> OVERALL_SCORE = doubleVariable("overallScore");
  public static final VariableFactory<Double> PERCEPTION_GAP = doubleVariable("perceptionGap");
  public static final VariableFactory<Double> RESPONSE_RATE = doubleVariable("responseRate");
  public static final VariableFactory<String> GATE_OUTCOME = stringVariable("gateOutcome");
  public static final VariableFactory<Double> TREND = doubleVariable("trend");
  public static final VariableFactory<Double> LOWEST_DIMENSION_SCORE = doubleVariable("lowestDimensionScore");
  /** CONTINUE, RENEGOTIATE or DISSOLVE: what the lifecycle does next. */
  public static final VariableFactory<String> REVIEW_DECISION = stringVariable("reviewDecision");
  public static final VariableFactory<Boolean> DECISION_CARRIED = booleanVariable("leadershipDecisionCarried");
  public static final VariableFactory<String> VOTE_SUMMARY = stringVariable("voteSummary");

  // for the forms: rows of tables, options, prefilled lists
  public static final String PARTNER_SCORES = "partnerScores";
  public static final String DIMENSION_SCORES = "dimensionScores";
  /** What partners wrote in their assessments, for the manager who reconciles and plans. */
  public static final String PARTNER_COMMENTS = "partnerComments";
  public static final String VOTES = "votes";
  public static final String IMPROVEMENT_ACTIONS = "improvementActions";
  public static final VariableFactory<String> WEAK_DIMENSION_NAMES = stringVariable("weakDimensionNames");

  private ReviewProcess() {
  }
}
