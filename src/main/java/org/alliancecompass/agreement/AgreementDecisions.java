package org.alliancecompass.agreement;

import static org.alliancecompass.agreement.AgreementProcess.AGREEMENT_DECLINED;
import static org.alliancecompass.agreement.AgreementProcess.AGREEMENT_VERSION_ID;
import static org.alliancecompass.agreement.AgreementProcess.DRAFT_VERSION;
import static org.alliancecompass.agreement.AgreementProcess.PARTNER;
import static org.alliancecompass.agreement.AgreementProcess.RETURN_REASON;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.selection.PartnerRegistry;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The decisions on a draft agreement: legal review, each partner's signature, the leadership
 * team's approval. Each lands in the decision register; any rejection returns the draft to the
 * manager with the reason shown. Complete listeners of {@code Task_LegalReview},
 * {@code Task_SignAgreement} and {@code Task_ApproveAgreement} in {@code alliance-agreement}.
 */
@Component
class AgreementDecisions {

  private final DecisionRegister decisions;
  private final AgreementRepository agreements;
  private final PartnerRegistry registry;

  AgreementDecisions(DecisionRegister decisions, AgreementRepository agreements, PartnerRegistry registry) {
    this.decisions = decisions;
    this.agreements = agreements;
    this.registry = registry;
  }

  @Component("legalReview")
  static class LegalReview implements TaskListener {
    private final AgreementDecisions agreement;

    LegalReview(AgreementDecisions agreement) {
      this.agreement = agreement;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      agreement.decide(form, "legal review", form.text("legalDecision"), "Legal", form.text("legalComments"),
          "APPROVE");
    }
  }

  @Component("agreementSignature")
  static class Signature implements TaskListener {
    private final AgreementDecisions agreement;

    Signature(AgreementDecisions agreement) {
      this.agreement = agreement;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      String organisation = agreement.registry.nameOf(PARTNER.from(task).get());
      boolean declined = "DECLINE".equals(form.text("signatureDecision"));
      agreement.decide(form, "signature", form.text("signatureDecision"), organisation,
          declined ? form.text("declineReason") : null, "SIGN");
      if (declined) {
        AGREEMENT_DECLINED.on(task.getExecution()).set(true);
      }
    }
  }

  @Component("agreementApproval")
  static class Approval implements TaskListener {
    private final AgreementDecisions agreement;

    Approval(AgreementDecisions agreement) {
      this.agreement = agreement;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      agreement.decide(form, "approval", form.text("agreementDecision"), "Alliance leadership team",
          form.text("agreementDecisionReason"), "APPROVE");
    }
  }

  private void decide(SubmittedForm form, String step, String decision, String onBehalfOf, String reason,
      String positive) {
    DelegateTask task = form.task();
    decisions.record(form.allianceReference(), "AGREEMENT",
        "Agreement version %d: %s".formatted(DRAFT_VERSION.from(task).get(), step), decision, form.user(), onBehalfOf,
        reason, task.getProcessInstanceId(), task.getId());
    if (!positive.equals(decision)) {
      String why = onBehalfOf + " returned the draft (" + step + "): " + reason;
      RETURN_REASON.on(task.getExecution()).set(why);
      agreements.returnForRedrafting(AGREEMENT_VERSION_ID.from(task).get(), why);
    }
  }
}
