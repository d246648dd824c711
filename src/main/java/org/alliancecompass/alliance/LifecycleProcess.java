package org.alliancecompass.alliance;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;
import java.util.Map;
import java.util.Set;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The {@code alliance-lifecycle} process ({@code bpmn/alliance-lifecycle.bpmn}): its key, element
 * ids and variables. Its business key is the alliance reference, and every process it calls
 * carries the same business key.
 */
public final class LifecycleProcess {

  public static final String KEY = "alliance-lifecycle";

  public static final String MESSAGE_AD_HOC_REVIEW = "AdHocReviewRequested";
  public static final String MESSAGE_DISSOLUTION = "DissolutionRequested";
  /** Starts a variation of the agreement while the alliance is active ({@code SubProcess_AgreementVariation}). */
  public static final String MESSAGE_VARIATION = "AgreementVariationRequested";
  /** Why the agreement is varied: shown on the draft, passed into {@code alliance-agreement}. */
  public static final VariableFactory<String> VARIATION_REASON = stringVariable("variationReason");

  public static final String EVENT_REVIEW_DUE = "Event_ReviewDue";
  public static final String TASK_REGISTER_ALLIANCE = "Task_RegisterAlliance";
  public static final String CALL_PARTNER_SELECTION = "Call_PartnerSelection";
  public static final String CALL_AGREEMENT = "Call_AllianceAgreement";
  public static final String CALL_SCHEDULED_REVIEW = "Call_ScheduledReview";
  public static final String CALL_AD_HOC_REVIEW = "Call_AdHocReview";
  public static final String CALL_DISSOLUTION = "Call_AllianceDissolution";
  /** A variation of the agreement under way ({@code SubProcess_AgreementVariation}). */
  public static final String CALL_VARIATION = "Call_AgreementVariation";
  public static final String CALL_DISSOLUTION_DECISION = "Call_DissolutionDecision";
  public static final String TASK_RECORD_DISSOLUTION_REQUEST = "Task_RecordDissolutionRequest";
  public static final String SUBPROCESS_IN_FORCE = "SubProcess_AllianceInForce";
  public static final String SUBPROCESS_ACTIVE = "SubProcess_AllianceActive";

  // start variables (public contract)
  public static final VariableFactory<String> ALLIANCE_NAME = stringVariable("allianceName");
  public static final VariableFactory<String> ALLIANCE_TYPE = stringVariable("allianceType");
  public static final VariableFactory<String> PURPOSE = stringVariable("purpose");
  public static final VariableFactory<String> REVIEW_CYCLE = stringVariable("reviewCycle");
  /**
   * The start form's choice of review cycle: a period (its options, in the form) or {@link #OTHER_REVIEW_CYCLE},
   * which takes {@link #REVIEW_CYCLE} as typed. Absent when a client sends {@code reviewCycle} itself.
   */
  public static final VariableFactory<String> REVIEW_CYCLE_CHOICE = stringVariable("reviewCycleChoice");
  public static final String OTHER_REVIEW_CYCLE = "OTHER";

  public static final VariableFactory<String> OBJECTIVES = stringVariable("objectives");
  public static final VariableFactory<String> ALLIANCE_REFERENCE = stringVariable("allianceReference");
  public static final VariableFactory<String> PROPOSED_BY = stringVariable("proposedBy");
  public static final VariableFactory<Date> NEXT_REVIEW_DUE = dateVariable("nextReviewDue");
  public static final VariableFactory<Integer> AGREEMENT_VERSION = intVariable("agreementVersion");
  /** Why a dissolution was requested: optional payload of the DissolutionRequested message. */
  public static final VariableFactory<String> DISSOLUTION_REASON = stringVariable("dissolutionReason");
  /** Who asked, as the partners read it ("Mia Patel, alliance manager"): optional payload of the message. */
  public static final VariableFactory<String> DISSOLUTION_REQUESTED_BY = stringVariable("dissolutionRequestedBy");
  /** What the partners decided on the request: DISSOLVE or CONTINUE. */
  public static final VariableFactory<String> DISSOLUTION_DECISION = stringVariable("dissolutionDecision");

  /**
   * The messages an alliance takes (correlated by its business key), each with the variables it
   * may carry: a message is a contract like a form, and changes no other process data.
   */
  public static final Map<String, Set<String>> MESSAGE_PAYLOADS = Map.of(
      MESSAGE_AD_HOC_REVIEW, Set.of(),
      MESSAGE_VARIATION, Set.of(VARIATION_REASON.getName()),
      MESSAGE_DISSOLUTION, Set.of(DISSOLUTION_REASON.getName(), DISSOLUTION_REQUESTED_BY.getName()));

  private LifecycleProcess() {
  }
}
