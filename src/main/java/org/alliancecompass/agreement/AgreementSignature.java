package org.alliancecompass.agreement;

import static org.alliancecompass.agreement.AgreementProcess.AGREEMENT_DECLINED;
import static org.alliancecompass.alliance.PartnerTasks.PARTNER;

import org.alliancecompass.alliance.PartnerTasks;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * One partner organisation signs the draft, or declines with a reason, which returns it for
 * redrafting. Complete listener of {@code Task_SignAgreement} (one task per partner) in
 * {@code alliance-agreement}.
 */
@Component("agreementSignature")
class AgreementSignature implements TaskListener {

  private final DraftDecisions drafts;
  private final PartnerRegistry registry;

  AgreementSignature(DraftDecisions drafts, PartnerRegistry registry) {
    this.drafts = drafts;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String decision = form.text(AgreementProcess.SIGNATURE_DECISION);
    boolean declined = AgreementProcess.DECLINE.equals(decision);
    drafts.decide(form, "signature", decision, registry.nameOf(PARTNER.from(task).get()),
        declined ? form.text(AgreementProcess.DECLINE_REASON) : null, AgreementProcess.SIGN);
    if (declined) {
      AGREEMENT_DECLINED.on(task.getExecution()).set(true);
    }
  }
}
