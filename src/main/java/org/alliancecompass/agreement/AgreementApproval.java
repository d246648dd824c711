package org.alliancecompass.agreement;

import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The leadership team approves the signed agreement, or returns it. Complete listener of
 * {@code Task_ApproveAgreement} in {@code alliance-agreement}.
 */
@Component("agreementApproval")
class AgreementApproval implements TaskListener {

  private final DraftDecisions drafts;

  AgreementApproval(DraftDecisions drafts) {
    this.drafts = drafts;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    drafts.decide(form, "approval", form.text(AgreementProcess.AGREEMENT_DECISION), "Alliance leadership team",
        form.text(AgreementProcess.AGREEMENT_DECISION_REASON), AgreementProcess.APPROVE);
  }
}
