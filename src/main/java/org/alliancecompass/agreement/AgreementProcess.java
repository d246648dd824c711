package org.alliancecompass.agreement;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/** The {@code alliance-agreement} process ({@code bpmn/alliance-agreement.bpmn}): key, elements, variables. */
public final class AgreementProcess {

  public static final String KEY = "alliance-agreement";

  public static final String TASK_DRAFT_TERMS = "Task_DraftTerms";
  public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
  public static final String TASK_SIGN = "Task_SignAgreement";
  public static final String TASK_APPROVE = "Task_ApproveAgreement";
  public static final VariableFactory<Integer> DRAFT_VERSION = intVariable("draftVersion");
  public static final VariableFactory<Long> AGREEMENT_VERSION_ID = longVariable("agreementVersionId");
  public static final VariableFactory<Boolean> AGREEMENT_DECLINED = booleanVariable("agreementDeclined");
  public static final VariableFactory<String> RETURN_REASON = stringVariable("agreementReturnReason");
  /** Whether the manager withdrew a variation at its draft: the process ends, the version in force stays. */
  public static final VariableFactory<Boolean> VARIATION_WITHDRAWN = booleanVariable("variationWithdrawn");
  /** The draft's choice, shown only on a variation: {@link #PROCEED} or {@link #WITHDRAW}. */
  public static final String VARIATION_DECISION = "variationDecision";
  public static final String PROCEED = "PROCEED";
  public static final String WITHDRAW = "WITHDRAW";

  // the terms: fields of forms/agreement-terms.form (and its review cycle, the lifecycle's LifecycleProcess.REVIEW_CYCLE)
  public static final String FORMALITY = "formality";
  public static final String COORDINATION = "coordination";
  public static final String GOVERNANCE = "governance";
  public static final String DECISION_RULE = "decisionRule";
  /** Whether the scheduled reviews alternate a pulse with the full review ({@link ReviewRhythm}). */
  public static final String REVIEW_RHYTHM = "reviewRhythm";
  public static final String PARTNER_COMMITMENTS = "partnerCommitments";
  public static final String RISK_GAIN_SHARE = "riskGainShare";
  public static final String OBJECTIVES_AND_KPIS = "objectivesAndKpis";
  public static final String EXIT_PROVISIONS = "exitProvisions";
  /** The term: the last day in force ({@code yyyy-MM-dd}, empty for none) and the notice period ({@link Term}). */
  public static final String VALID_UNTIL = "validUntil";
  public static final String NOTICE_PERIOD = "noticePeriod";
  /** The leadership team: a member of each partner organisation, in its commitment row, and an optional chair. */
  public static final String COMMITMENT_LEADERSHIP_MEMBER = "leadershipMember";
  public static final String LEADERSHIP_CHAIR = "leadershipChair";
  /** The fields of one row of {@link #PARTNER_COMMITMENTS}. */
  public static final String COMMITMENT_ORGANISATION_ID = "organisationId";
  public static final String COMMITMENT_ORGANISATION_NAME = "organisationName";
  public static final String COMMITMENT_TEXT = "commitment";
  public static final String COMMITMENT_EXPECTED_SHARE = "expectedShare";
  /** The agreement's objectives made measurable: rows of the fields below, each a {@link Kpi}. */
  public static final String KPIS = "kpis";
  public static final String KPI_NAME = "kpiName";
  public static final String KPI_MEASURE = "kpiMeasure";
  public static final String KPI_DIRECTION = "kpiDirection";
  public static final String KPI_BASELINE = "kpiBaseline";
  public static final String KPI_TARGET = "kpiTarget";
  public static final String KPI_MINIMUM = "kpiMinimum";
  /** At most this many KPIs: a review asks the manager for each one's value. */
  public static final int MAX_KPIS = 20;

  // the decisions on a draft: fields of forms/legal-review.form, agreement-signature.form, agreement-approval.form
  public static final String LEGAL_DECISION = "legalDecision";
  public static final String LEGAL_COMMENTS = "legalComments";
  public static final String SIGNATURE_DECISION = "signatureDecision";
  public static final String DECLINE_REASON = "declineReason";
  public static final String AGREEMENT_DECISION = "agreementDecision";
  public static final String AGREEMENT_DECISION_REASON = "agreementDecisionReason";
  /** The decision that lets a draft go on; anything else returns it for redrafting. */
  public static final String APPROVE = "APPROVE";
  public static final String SIGN = "SIGN";
  public static final String DECLINE = "DECLINE";

  private AgreementProcess() {
  }
}
