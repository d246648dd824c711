package org.alliancecompass.membership;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.alliancecompass.alliance.LifecycleProcess;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code partner-exit} process ({@code bpmn/partner-exit.bpmn}): the managers agree a leaving
 * partner's exit obligations (services and patients, data, assets, money), the partner confirms
 * them settled (the managers follow up what is outstanding), and it leaves. Takes the lifecycle's
 * {@code exitingPartner}, {@code exitingPartnerName} and {@code exitReason}; hands back
 * {@link #REMAINING_PARTNERS}.
 */
public final class ExitProcess {

  public static final String KEY = "partner-exit";

  public static final String TASK_AGREE_TERMS = "Task_AgreeExitTerms";
  public static final String TASK_CONFIRM_SETTLED = "Task_ConfirmExitSettled";
  public static final String TASK_FOLLOW_UP = "Task_FollowUpExit";
  public static final String TASK_RECORD_EXIT = "Task_RecordPartnerExit";

  // forms/partner-exit-terms.form
  public static final String SERVICES_AND_PATIENTS = "exitServicesAndPatients";
  public static final String DATA = "exitData";
  public static final String ASSETS = "exitAssets";
  public static final String MONEY = "exitMoney";
  public static final String EXIT_DATE = "partnerExitDate";
  // forms/partner-exit-settlement.form
  public static final String SETTLEMENT = "exitObligationsStatus";
  // its values SETTLED and OUTSTANDING are those of the dissolution's (DissolutionProcess)
  public static final String OUTSTANDING_TEXT = "exitOutstanding";
  public static final String SETTLEMENT_NOTES = "exitSettlementNotes";
  // forms/partner-exit-follow-up.form
  public static final String FOLLOW_UP_NOTE = "exitFollowUpNote";

  /** Whether the leaving partner has confirmed its exit obligations settled. */
  public static final VariableFactory<Boolean> SETTLED_FLAG = booleanVariable("exitObligationsSettled");
  /** What the leaving partner said is outstanding, for the managers' follow-up. */
  public static final VariableFactory<String> OUTSTANDING_SHOWN = stringVariable("exitOutstandingShown");
  /** The managers' follow-up, shown to the leaving partner when it is asked again. */
  public static final VariableFactory<String> FOLLOW_UP_SHOWN = stringVariable("exitFollowUpShown");
  /** The result: how many partners remain; fewer than two and the alliance goes to dissolution. */
  public static final VariableFactory<Integer> REMAINING_PARTNERS = intVariable("remainingPartners");

  /** The leaving partner's name, as the lifecycle handed it over (its group id if it did not). */
  static String leavingPartner(VariableScope scope) {
    return LifecycleProcess.EXITING_PARTNER_NAME.from(scope).getOrDefault(
        LifecycleProcess.EXITING_PARTNER.from(scope).get());
  }

  private ExitProcess() {
  }
}
