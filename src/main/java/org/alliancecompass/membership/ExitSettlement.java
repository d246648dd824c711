package org.alliancecompass.membership;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.dissolution.DissolutionProcess;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The leaving partner says whether its exit obligations are settled, or what is outstanding, which
 * the managers then follow up; on record either way. Complete listener of
 * {@code Task_ConfirmExitSettled} in {@code partner-exit}.
 */
@Component("exitSettlement")
class ExitSettlement implements TaskListener {

  private final DecisionRegister register;

  ExitSettlement(DecisionRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String partner = ExitProcess.leavingPartner(task);
    boolean settled = DissolutionProcess.SETTLED.equals(form.text(ExitProcess.SETTLEMENT));
    ExitProcess.SETTLED_FLAG.on(task.getExecution()).set(settled);
    if (settled) {
      register.record(form, DecisionStage.MEMBERSHIP, "Exit obligations of " + partner, DissolutionProcess.SETTLED, partner,
          form.text(ExitProcess.SETTLEMENT_NOTES));
    } else {
      String outstanding = form.text(ExitProcess.OUTSTANDING_TEXT);
      ExitProcess.OUTSTANDING_SHOWN.on(task.getExecution()).set(outstanding);
      register.record(form, DecisionStage.MEMBERSHIP, "Exit obligations of " + partner, DissolutionProcess.OUTSTANDING,
          partner, outstanding);
    }
  }
}
