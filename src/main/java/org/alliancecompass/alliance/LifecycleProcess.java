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
  /**
   * Set when the agreement changes because a partner joins or leaves ("Northside Hospital joins the
   * alliance"): the draft says so, and cannot be withdrawn, since the partners have decided.
   */
  public static final VariableFactory<String> PARTNER_CHANGE = stringVariable("partnerChange");

  /** An organisation is proposed to join the alliance ({@code SubProcess_PartnerAccession}). */
  public static final String MESSAGE_ACCESSION = "PartnerAccessionRequested";
  /** A partner organisation leaves the alliance ({@code SubProcess_PartnerExit}). */
  public static final String MESSAGE_EXIT = "PartnerExitRequested";
  /** The organisation (its group id) proposed to join. */
  public static final VariableFactory<String> JOINING_PARTNER = stringVariable("joiningPartner");
  public static final VariableFactory<String> JOINING_PARTNER_NAME = stringVariable("joiningPartnerName");
  public static final VariableFactory<String> ACCESSION_REASON = stringVariable("accessionReason");
  /** The partner organisation (its group id) that leaves. */
  public static final VariableFactory<String> EXITING_PARTNER = stringVariable("exitingPartner");
  public static final VariableFactory<String> EXITING_PARTNER_NAME = stringVariable("exitingPartnerName");
  public static final VariableFactory<String> EXIT_REASON = stringVariable("exitReason");
  /** Who asked for the accession or the exit, as the partners read it: "Mia Patel for the alliance managers". */
  public static final VariableFactory<String> MEMBERSHIP_REQUESTED_BY = stringVariable("membershipRequestedBy");

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
  /** An organisation proposed to join assesses its fit and the partners decide ({@code partner-accession}). */
  public static final String CALL_ACCESSION = "Call_PartnerAccession";
  /** The agreement version with the newcomer's commitment, signed by every partner and the newcomer. */
  public static final String CALL_ACCESSION_AGREEMENT = "Call_AccessionAgreement";
  /** A partner's exit obligations are agreed and settled ({@code partner-exit}). */
  public static final String CALL_EXIT = "Call_PartnerExit";
  /** The agreement version without the partner that left, signed by the partners who remain. */
  public static final String CALL_EXIT_AGREEMENT = "Call_ExitAgreement";
  /** The notice date of the agreement in force has come: the leadership team decides on renewal. */
  public static final String EVENT_TERM_NOTICE = "Event_TermNoticeReached";
  /** After a renewal, the notice date of the renewed term. */
  public static final String EVENT_NEXT_TERM_NOTICE = "Event_NextTermNotice";
  public static final String TASK_DECIDE_RENEWAL = "Task_DecideRenewal";
  /** A renewal with a variation: the agreement's steps from the terms in force. */
  public static final String CALL_RENEWAL_VARIATION = "Call_RenewalVariation";
  /** Where the lifecycle is while its agreement changes: one change at a time. */
  public static final String[] AGREEMENT_CHANGES = {CALL_VARIATION, CALL_ACCESSION, CALL_ACCESSION_AGREEMENT, CALL_EXIT,
      CALL_EXIT_AGREEMENT, CALL_RENEWAL_VARIATION};

  // fields of forms/agreement-renewal.form
  /** RENEW (same terms, a new end day), VARY (renew with a variation) or END (let it end: dissolution). */
  public static final String RENEWAL_DECISION = "renewalDecision";
  public static final String RENEW = "RENEW";
  public static final String RENEW_WITH_VARIATION = "VARY";
  public static final String LET_END = "END";
  public static final String RENEWED_UNTIL = "renewedUntil";
  public static final String RENEWAL_RATIONALE = "renewalRationale";
  /** The term in force as the renewal form says it: "until 31 March 2028, 6 months' notice". */
  public static final String TERM_IN_FORCE = "termInForce";
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
      MESSAGE_ACCESSION, Set.of(JOINING_PARTNER.getName(), JOINING_PARTNER_NAME.getName(), ACCESSION_REASON.getName(),
          MEMBERSHIP_REQUESTED_BY.getName()),
      MESSAGE_EXIT, Set.of(EXITING_PARTNER.getName(), EXITING_PARTNER_NAME.getName(), EXIT_REASON.getName(),
          MEMBERSHIP_REQUESTED_BY.getName()),
      MESSAGE_DISSOLUTION, Set.of(DISSOLUTION_REASON.getName(), DISSOLUTION_REQUESTED_BY.getName()));

  private LifecycleProcess() {
  }
}
