package org.alliancecompass.review;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.doubleVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;
import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.alliancecompass.health.HealthModel;

/** The {@code alliance-review} process ({@code bpmn/alliance-review.bpmn}): key, elements, variables. */
public final class ReviewProcess {

  public static final String KEY = "alliance-review";
  public static final String DECISION_KEY = "review-gate-outcome";

  public static final String TASK_ASSESS_HEALTH = "Task_AssessPartnerHealth";
  public static final String EVENT_DEADLINE = "Event_AssessmentDeadline";
  public static final String TASK_OBJECTIVES = "Task_RecordObjectiveAchievement";
  public static final String TASK_RECONCILE = "Task_ReconcilePerceptions";
  public static final String TASK_IMPROVEMENT_PLAN = "Task_AgreeImprovementPlan";
  /** A CRITICAL gate: the partners decide the way forward (process partner-decision). */
  public static final String CALL_WAY_FORWARD = "Call_WayForwardDecision";

  public static final String TASK_CLOSE_REVIEW = "Task_CloseReview";
  public static final String TASK_COMPUTE_SCORES = "Task_ComputeScores";

  /** What started a review: its timer, or a request. */
  public static final String TRIGGER_SCHEDULED = "SCHEDULED";
  public static final String TRIGGER_AD_HOC = "AD_HOC";

  /** SCHEDULED or AD_HOC, set by the lifecycle's call activity. */
  public static final VariableFactory<String> REVIEW_TRIGGER = stringVariable("reviewTrigger");
  public static final VariableFactory<Long> REVIEW_ID = longVariable("reviewId");
  public static final VariableFactory<Integer> REVIEW_NUMBER = intVariable("reviewNumber");
  public static final VariableFactory<Date> ASSESSMENT_DEADLINE = dateVariable("assessmentDeadline");
  /** How many of an organisation's people must answer before its own figures are shown outside it (the form says so). */
  public static final String ANONYMITY_MINIMUM = "anonymityMinimum";
  /** The rater of one assessment task: an id of {@link ReviewRaters}. */
  public static final String RATER = "rater";

  // results (public contract: passed back to alliance-lifecycle)
  public static final VariableFactory<Double> OVERALL_SCORE = doubleVariable("overallScore");
  public static final VariableFactory<Double> PERCEPTION_GAP = doubleVariable("perceptionGap");
  public static final VariableFactory<Double> RESPONSE_RATE = doubleVariable("responseRate");
  public static final VariableFactory<String> GATE_OUTCOME = stringVariable("gateOutcome");
  public static final VariableFactory<Double> TREND = doubleVariable("trend");
  public static final VariableFactory<Double> LOWEST_DIMENSION_SCORE = doubleVariable("lowestDimensionScore");
  /** How many partners asked sent no assessment: an input of the gate. */
  public static final VariableFactory<Integer> SILENT_PARTNERS = intVariable("silentPartners");
  /** Their names, for the forms that follow ("none" when every partner answered). */
  public static final VariableFactory<String> SILENT_PARTNER_NAMES = stringVariable("silentPartnerNames");
  /** CONTINUE, RENEGOTIATE or DISSOLVE: what the lifecycle does next. */
  public static final VariableFactory<String> REVIEW_DECISION = stringVariable("reviewDecision");
  /** On what the decision rests when the partners took it: UNANIMOUS_VOTE, MAJORITY_VOTE, BOARD_FINAL_CALL. */
  public static final VariableFactory<String> REVIEW_DECISION_BASIS = stringVariable("reviewDecisionBasis");
  /** What a CRITICAL gate found, in words, for the partners who decide the way forward. */
  public static final VariableFactory<String> GATE_FINDINGS = stringVariable("gateFindings");
  /** The scores the gate found, rows of {@code item} and {@code value}, for the same. */
  public static final String GATE_FIGURES = "gateFigures";

  // for the forms: rows of tables, options, prefilled lists
  public static final String PARTNER_SCORES = "partnerScores";
  public static final String DIMENSION_SCORES = "dimensionScores";
  /** What partners wrote in their assessments, for the manager who reconciles and plans. */
  public static final String PARTNER_COMMENTS = "partnerComments";
  public static final String IMPROVEMENT_ACTIONS = "improvementActions";
  /** The fields of one improvement action (an item of {@link #IMPROVEMENT_ACTIONS}); its dimension: {@link HealthModel#DIMENSION}. */
  public static final String ACTION_TEXT = "action";
  public static final String ACTION_OWNER = "owner";
  public static final String ACTION_DUE_DATE = "dueDate";
  public static final String PLAN_SUMMARY = "planSummary";
  /** The actions of earlier reviews still someone's work, a table of the improvement plan, which starts from them. */
  public static final String OPEN_ACTIONS = "openActions";
  /** "You said, we did": what became of the actions of earlier reviews, a table of the health assessment. */
  public static final String ACTIONS_SINCE_LAST_REVIEW = "actionsSinceLastReview";
  /** The columns of the manager's table of each partner's scores: the partner, then each dimension. */
  public static final String PARTNER_SCORE_COLUMNS = "partnerScoreColumns";
  /** One agreed reading per dimension on which partners' views diverge (reconciliation form). */
  public static final String AGREED_READINGS = "agreedReadings";
  public static final String READING_TEXT = "reading";
  public static final String RECONCILIATION_SUMMARY = "reconciliationSummary";
  // fields of objective-achievement.form
  public static final String OBJECTIVES_ACHIEVED = "objectivesAchieved";
  public static final String OBJECTIVE_NOTES = "objectiveNotes";
  public static final String CAPABILITY_NOTES = "capabilityNotes";
  public static final String RELATIONSHIP_NOTES = "relationshipNotes";
  public static final VariableFactory<String> WEAK_DIMENSION_NAMES = stringVariable("weakDimensionNames");
  /** The objectives of the agreement in force, in words, for the manager recording their achievement. */
  public static final VariableFactory<String> AGREED_OBJECTIVES = stringVariable("agreedObjectives");
  /** The KPIs the review measures: rows of name, measure, baseline, target, minimum and last value (a table). */
  public static final String KPI_TABLE = "kpiTable";
  /** One row per KPI for the manager's values: {@link #KPI_ROW_NAME} (read only) and {@link #KPI_ACTUAL}. */
  public static final String KPI_ACTUALS = "kpiActuals";
  public static final String KPI_ROW_NAME = "kpi";
  public static final String KPI_ACTUAL = "kpiActual";
  /** One row per partner for what it delivered: its name and expected share (read only), the delivered share and words. */
  public static final String CONTRIBUTIONS = "contributions";
  public static final VariableFactory<Integer> CONTRIBUTION_COUNT = intVariable("contributionCount");
  public static final String CONTRIBUTION_PARTNER = "contributionPartner";
  public static final String CONTRIBUTION_EXPECTED = "contributionExpected";
  public static final String CONTRIBUTION_DELIVERED_SHARE = "deliveredShare";
  public static final String CONTRIBUTION_DELIVERED = "delivered";
  public static final VariableFactory<Integer> KPI_COUNT = intVariable("kpiCount");
  /** How many KPIs the review found beyond their minimum condition of satisfaction: an input of the gate. */
  public static final VariableFactory<Integer> KPIS_BELOW_MINIMUM = intVariable("kpisBelowMinimum");
  /** The slowest decision of the review period, in days (none without decisions): the gate's process evidence. */
  public static final VariableFactory<Double> SLOWEST_DECISION_DAYS = doubleVariable("slowestDecisionDays");

  private ReviewProcess() {
  }
}
