package org.alliancecompass.agreement;

import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Legal's review of a formal agreement. Complete listener of {@code Task_LegalReview} in {@code alliance-agreement}. */
@Component("legalReview")
class LegalReview implements TaskListener {

  private final DraftDecisions drafts;

  LegalReview(DraftDecisions drafts) {
    this.drafts = drafts;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    drafts.decide(form, "legal review", form.text(AgreementProcess.LEGAL_DECISION), "Legal",
        form.text(AgreementProcess.LEGAL_COMMENTS), AgreementProcess.APPROVE);
  }
}
