package org.alliancecompass.selection;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;
import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The {@code partner-selection} process ({@code bpmn/partner-selection.bpmn}): key, elements, variables. */
public final class SelectionProcess {

  public static final String KEY = "partner-selection";

  public static final String TASK_DEFINE_CRITERIA = "Task_DefinePartnerCriteria";
  public static final String TASK_NOMINATE = "Task_NominateCandidates";
  public static final String TASK_ASSESS_FIT = "Task_AssessCandidateFit";
  public static final String EVENT_ASSESSMENT_DEADLINE = "Event_CandidateAssessmentDeadline";
  public static final String TASK_SELECT = "Task_SelectPartners";
  public static final String TASK_APPROVE = "Task_ApproveSelection";

  /** The registry of partner organisations, as options of the nomination form. */
  public static final String PARTNER_ORGANISATION_OPTIONS = "partnerOrganisationOptions";
  public static final String CANDIDATES = "candidates";
  public static final VariableFactory<List<String>> CANDIDATE_GROUPS = listVariable("candidateGroups", String.class);
  public static final VariableFactory<Date> CANDIDATE_ASSESSMENT_DEADLINE = dateVariable("candidateAssessmentDeadline");
  /** The candidate organisation of one fit assessment (multi-instance element). */
  public static final VariableFactory<String> CANDIDATE = stringVariable("candidate");
  public static final String CANDIDATE_RANKING = "candidateRanking";
  public static final String CANDIDATE_COMMENTS = "candidateComments";
  public static final String CANDIDATE_OPTIONS = "candidateOptions";
  public static final String SELECTED_PARTNERS = "selectedPartners";
  public static final String SELECTION_RATIONALE = "selectionRationale";
  public static final String SELECTION_DECISION = "selectionDecision";
  public static final String PARTNER_CRITERIA = "partnerCriteria";
  public static final String NOMINATION_NOTE = "nominationNote";
  public static final String WILLING_TO_JOIN = "willingToJoin";
  public static final String FIT_COMMENT = "fitComment";
  public static final VariableFactory<String> SELECTED_BY = stringVariable("selectedBy");
  public static final VariableFactory<String> SELECTED_BY_NAME = stringVariable("selectedByName");
  public static final VariableFactory<String> SELECTED_PARTNER_NAMES = stringVariable("selectedPartnerNames");
  public static final VariableFactory<String> SELECTION_DECISION_REASON = stringVariable("selectionDecisionReason");

  private SelectionProcess() {
  }
}
