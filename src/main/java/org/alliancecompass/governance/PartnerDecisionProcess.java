package org.alliancecompass.governance;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The {@code partner-decision} process ({@code bpmn/partner-decision.bpmn}): key, elements, variables. */
public final class PartnerDecisionProcess {

  public static final String KEY = "partner-decision";

  public static final String TASK_OPEN = "Task_OpenDecision";
  public static final String TASK_VOTE = "Task_CastDecisionVote";
  public static final String EVENT_VOTE_DEADLINE = "Event_DecisionVoteDeadline";
  public static final String TASK_TALLY = "Task_TallyDecision";
  public static final String TASK_FINAL_CALL = "Task_DecideOnDeadlock";
  // the dispute ladder after a deadlock: the leadership team, then the chief executives, then a facilitator
  public static final String EVENT_FINAL_CALL_DEADLINE = "Event_FinalCallDeadline";
  public static final String TASK_TO_CHIEF_EXECUTIVES = "Task_ToChiefExecutives";
  public static final String TASK_CHIEF_EXECUTIVES = "Task_ChiefExecutivesDecide";
  public static final String EVENT_CHIEF_EXECUTIVES_DEADLINE = "Event_ChiefExecutivesDeadline";
  public static final String TASK_TALLY_CHIEF_EXECUTIVES = "Task_TallyChiefExecutives";
  public static final String TASK_TO_FACILITATOR = "Task_ToFacilitator";
  public static final String TASK_FACILITATOR = "Task_FacilitatorRecommends";

  // what the calling process hands over
  /** A {@link DecisionTopic}: what is to be decided. */
  public static final VariableFactory<String> DECISION_TOPIC = stringVariable("decisionTopic");
  /** Why the decision was asked for, in the requester's words. */
  public static final VariableFactory<String> DECISION_REASON = stringVariable("decisionReason");
  /** Who asked for it, as the partners read it: "Mia Patel for the alliance managers". */
  public static final VariableFactory<String> DECISION_REQUESTED_BY = stringVariable("decisionRequestedBy");
  /** Optional figures the decision rests on, rows of {@code item} and {@code value}: a review's scores. */
  public static final String DECISION_FIGURES = "decisionFigures";

  // what the decision sets up for its forms
  public static final VariableFactory<Long> DECISION_ID = longVariable("partnerDecisionId");
  public static final VariableFactory<String> DECISION_SUBJECT = stringVariable("decisionSubject");
  public static final String DECISION_OPTIONS = "decisionOptions";
  public static final VariableFactory<String> DECISION_REQUIREMENT = stringVariable("decisionRequirement");
  public static final VariableFactory<Date> VOTE_DEADLINE = dateVariable("voteDeadline");
  public static final VariableFactory<String> VOTE_DEADLINE_TEXT = stringVariable("voteDeadlineText");
  public static final String VOTES = "votes";
  public static final VariableFactory<String> VOTE_SUMMARY = stringVariable("voteSummary");

  // fields of forms/partner-decision-vote.form and partner-decision-final-call.form
  public static final String VOTE = "vote";
  public static final String VOTE_RATIONALE = "voteRationale";
  public static final String FINAL_DECISION = "finalDecision";
  public static final String FINAL_DECISION_RATIONALE = "finalDecisionRationale";
  // forms/partner-decision-chief-executive.form and partner-decision-facilitator.form
  public static final String CHIEF_EXECUTIVE_ANSWER = "chiefExecutiveAnswer";
  public static final String CHIEF_EXECUTIVE_RATIONALE = "chiefExecutiveRationale";
  public static final String RECOMMENDATION = "facilitatorRecommendation";
  public static final String RECOMMENDATION_RATIONALE = "facilitatorRationale";

  // what the dispute ladder sets up for its steps' forms
  /** The deadline of the ladder's current step, as its form says it: its tasks are due then, and the next starts. */
  public static final VariableFactory<String> STEP_DEADLINE_TEXT = stringVariable("disputeStepDeadlineText");
  /** The chief executives' answers, rows of {@code organisation}, {@code vote} and {@code rationale}. */
  public static final String CHIEF_EXECUTIVE_ANSWERS = "chiefExecutiveAnswers";

  // results, handed back to the calling process
  public static final VariableFactory<Boolean> DECISION_CARRIED = booleanVariable("decisionCarried");
  /** The option decided: by the partners' vote, or by the leadership team's final call. */
  public static final VariableFactory<String> DECISION_OUTCOME = stringVariable("decisionOutcome");
  /** On what it rests: UNANIMOUS_VOTE, MAJORITY_VOTE or BOARD_FINAL_CALL. */
  public static final VariableFactory<String> DECISION_BASIS = stringVariable("decisionBasis");
  public static final String BASIS_UNANIMOUS_VOTE = "UNANIMOUS_VOTE";
  public static final String BASIS_MAJORITY_VOTE = "MAJORITY_VOTE";
  public static final String BASIS_FINAL_CALL = "BOARD_FINAL_CALL";
  public static final String BASIS_CHIEF_EXECUTIVES = "CHIEF_EXECUTIVES";
  public static final String BASIS_FACILITATOR = "FACILITATOR_RECOMMENDATION";

  private PartnerDecisionProcess() {
  }
}
