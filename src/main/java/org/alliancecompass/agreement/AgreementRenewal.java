package org.alliancecompass.agreement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.FormViolation;
import org.alliancecompass.taskform.SubmissionRule;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The leadership team's decision at the agreement's notice date: renew it on the same terms to a
 * new end day (whose notice date is still to come), renew it with a variation, or let it end, which
 * dissolves the alliance; on record either way. Submission rule and complete listener of
 * {@code Task_DecideRenewal} in {@code alliance-lifecycle}.
 */
@Component("agreementRenewal")
class AgreementRenewal implements TaskListener, SubmissionRule {

  private final AgreementRepository agreements;
  private final AgreementTerms terms;
  private final DecisionRegister register;

  AgreementRenewal(AgreementRepository agreements, AgreementTerms terms, DecisionRegister register) {
    this.agreements = agreements;
    this.terms = terms;
    this.register = register;
  }

  @Override
  public Set<String> taskIds() {
    return Set.of(LifecycleProcess.TASK_DECIDE_RENEWAL);
  }

  @Override
  public List<FormViolation> check(SubmittedForm form) {
    if (!LifecycleProcess.RENEW.equals(form.text(LifecycleProcess.RENEWAL_DECISION))) {
      return List.of();
    }
    LocalDate until = form.date(LifecycleProcess.RENEWED_UNTIL);
    if (until == null) {
      return List.of(new FormViolation(LifecycleProcess.RENEWED_UNTIL, "is required to renew: the new last day"));
    }
    Term renewed = terms.term(form.allianceReference()).renewedUntil(until);
    List<FormViolation> violations = AgreementDraft.checkTerm(renewed.validUntil().toString(), renewed.noticePeriod(),
        LocalDate.now(ZoneOffset.UTC));
    return violations.stream().map(v -> new FormViolation(LifecycleProcess.RENEWED_UNTIL, v.message())).toList();
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String decision = form.text(LifecycleProcess.RENEWAL_DECISION);
    String rationale = form.text(LifecycleProcess.RENEWAL_RATIONALE);
    String reference = form.allianceReference();
    Agreement inForce = agreements.inForce(reference).orElseThrow();
    switch (decision) {
      case LifecycleProcess.RENEW -> {
        Term renewed = inForce.term().renewedUntil(form.date(LifecycleProcess.RENEWED_UNTIL));
        agreements.renew(inForce.id(), renewed);
        terms.follow(task.getProcessEngineServices(), reference);
        register.record(form, DecisionStage.AGREEMENT, "Renewal of agreement version " + inForce.versionNo(),
            "RENEWED", "Alliance leadership team", "Renewed " + renewed.words() + ". " + rationale);
      }
      case LifecycleProcess.RENEW_WITH_VARIATION -> register.record(form, DecisionStage.AGREEMENT,
          "Renewal of agreement version " + inForce.versionNo(), "RENEW_WITH_VARIATION", "Alliance leadership team",
          rationale);
      default -> register.record(form, DecisionStage.AGREEMENT, "Renewal of agreement version " + inForce.versionNo(),
          "NOT_RENEWED", "Alliance leadership team", "The agreement runs " + inForce.term().words()
              + " and is not renewed: the alliance is dissolved. " + rationale);
    }
  }
}
