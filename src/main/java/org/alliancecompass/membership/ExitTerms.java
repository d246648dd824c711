package org.alliancecompass.membership;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The leaving partner's exit obligations as the managers agreed them with it: on record, and shown
 * to the partner, who confirms them settled. Complete listener of {@code Task_AgreeExitTerms} in
 * {@code partner-exit}.
 */
@Component("exitTerms")
class ExitTerms implements TaskListener {

  private final DecisionRegister register;

  ExitTerms(DecisionRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String partner = ExitProcess.leavingPartner(task);
    register.record(form, DecisionStage.MEMBERSHIP, "Exit obligations of " + partner, "AGREED", "Alliance managers",
        "Leaves on " + form.date(ExitProcess.EXIT_DATE) + ". Services and patients: "
            + form.text(ExitProcess.SERVICES_AND_PATIENTS) + " Data: " + form.text(ExitProcess.DATA) + " Assets: "
            + form.text(ExitProcess.ASSETS) + " Money: " + form.text(ExitProcess.MONEY));
  }
}
