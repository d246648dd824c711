package org.alliancecompass.membership;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The {@code partner-accession} process ({@code bpmn/partner-accession.bpmn}): an organisation
 * proposed to join assesses its own fit as at selection, and if willing, the partners decide by the
 * agreement's rule. Takes the lifecycle's {@code joiningPartner}, {@code joiningPartnerName},
 * {@code accessionReason} and {@code membershipRequestedBy}; hands back {@link #ADMITTED}.
 */
public final class AccessionProcess {

  public static final String KEY = "partner-accession";

  public static final String TASK_OPEN = "Task_OpenAccession";
  public static final String TASK_ASSESS_FIT = "Task_AssessJoiningFit";
  public static final String CALL_DECISION = "Call_AccessionDecision";
  public static final String TASK_OUTCOME = "Task_AccessionOutcome";

  /** What the partners decided: ADMIT or DECLINE (absent when the organisation was not willing to join). */
  public static final VariableFactory<String> DECISION = stringVariable("accessionDecision");
  /** The result: whether the organisation joins, on the next agreement version. */
  public static final VariableFactory<Boolean> ADMITTED = booleanVariable("accessionAdmitted");
  public static final String ADMIT = "ADMIT";

  private AccessionProcess() {
  }
}
