package org.alliancecompass.agreement;

import static org.alliancecompass.agreement.AgreementProcess.AGREEMENT_VERSION_ID;
import static org.alliancecompass.agreement.AgreementProcess.DRAFT_VERSION;
import static org.alliancecompass.agreement.AgreementProcess.RETURN_REASON;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * What every decision on a draft agreement does: it lands in the decision register, and anything
 * but the decision that lets the draft go on returns it to the manager with the reason shown.
 * Used by {@link LegalReview}, {@link AgreementSignature} and {@link AgreementApproval}.
 */
@Component
class DraftDecisions {

  private final DecisionRegister decisions;
  private final AgreementRepository agreements;

  DraftDecisions(DecisionRegister decisions, AgreementRepository agreements) {
    this.decisions = decisions;
    this.agreements = agreements;
  }

  /**
   * @param step the step in words: "legal review", "signature", "approval"
   * @param positive the decision that lets the draft go on: {@code APPROVE} or {@code SIGN}
   */
  void decide(SubmittedForm form, String step, String decision, String onBehalfOf, String reason, String positive) {
    decisions.record(form, DecisionStage.AGREEMENT,
        "Agreement version %d: %s".formatted(DRAFT_VERSION.from(form.task()).get(), step), decision, onBehalfOf, reason);
    if (!positive.equals(decision)) {
      String why = onBehalfOf + " returned the draft (" + step + "): " + reason;
      RETURN_REASON.on(form.execution()).set(why);
      agreements.returnForRedrafting(AGREEMENT_VERSION_ID.from(form.task()).get(), why);
    }
  }
}
