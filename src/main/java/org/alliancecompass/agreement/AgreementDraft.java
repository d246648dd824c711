package org.alliancecompass.agreement;

import static org.alliancecompass.agreement.AgreementProcess.AGREEMENT_VERSION_ID;
import static org.alliancecompass.agreement.AgreementProcess.DRAFT_VERSION;
import static org.alliancecompass.agreement.AgreementProcess.KPIS;
import static org.alliancecompass.agreement.AgreementProcess.PARTNER_COMMITMENTS;
import static org.alliancecompass.alliance.PartnerTasks.PARTNER_GROUPS;
import static org.alliancecompass.agreement.AgreementProcess.RETURN_REASON;

import org.alliancecompass.alliance.PartnerTasks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.FormViolation;
import org.alliancecompass.taskform.SubmissionRule;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The drafted terms: checked for what the form cannot check (one commitment for each partner,
 * shares of involvement adding up to 100, a review cycle between a week and a year, KPIs named once
 * with a minimum no better than the target), then recorded as a new agreement version with its KPIs. Submission rule and complete listener of
 * {@code Task_DraftTerms} in {@code alliance-agreement}.
 */
@Component("agreementDraft")
class AgreementDraft implements TaskListener, SubmissionRule {

  private final AgreementRepository agreements;
  private final KpiRepository kpis;
  private final PartnerRegistry registry;
  private final DecisionRegister register;
  private final LeadershipTeams teams;

  AgreementDraft(AgreementRepository agreements, KpiRepository kpis, PartnerRegistry registry,
      DecisionRegister register, LeadershipTeams teams) {
    this.agreements = agreements;
    this.kpis = kpis;
    this.registry = registry;
    this.register = register;
    this.teams = teams;
  }

  @Override
  public Set<String> taskIds() {
    return Set.of(AgreementProcess.TASK_DRAFT_TERMS);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<FormViolation> check(SubmittedForm form) {
    List<FormViolation> violations = new ArrayList<>();
    if (withdrawn(form)) {
      return violations; // nothing is drafted: the version in force stays
    }
    try {
      ReviewCycle.parse(form.text(LifecycleProcess.REVIEW_CYCLE.getName()));
    } catch (IllegalArgumentException e) {
      violations.add(new FormViolation(LifecycleProcess.REVIEW_CYCLE.getName(), e.getMessage()));
    }
    List<String> partners = ((List<Object>) form.value(PARTNER_GROUPS.getName())).stream().map(String::valueOf).toList();
    List<Map<String, Object>> rows = form.items(PARTNER_COMMITMENTS);
    Set<String> seen = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (Map<String, Object> row : rows) {
      String organisation = String.valueOf(row.get(AgreementProcess.COMMITMENT_ORGANISATION_ID));
      if (!partners.contains(organisation) || !seen.add(organisation)) {
        violations.add(new FormViolation(PARTNER_COMMITMENTS, "'" + organisation + "' is not a partner of this "
            + "alliance, or is listed twice; the partners are " + String.join(", ", partners)));
      } else {
        total = total.add(new BigDecimal(String.valueOf(row.get(AgreementProcess.COMMITMENT_EXPECTED_SHARE))));
      }
    }
    if (!seen.containsAll(partners)) {
      violations.add(new FormViolation(PARTNER_COMMITMENTS, "every partner needs a commitment; missing "
          + String.join(", ", partners.stream().filter(p -> !seen.contains(p)).toList())));
    } else if (total.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.5")) > 0) {
      violations.add(new FormViolation(PARTNER_COMMITMENTS, "the expected shares of involvement add up to "
          + total.stripTrailingZeros().toPlainString() + "%; they must add up to 100%"));
    }
    violations.addAll(checkKpis(form.items(KPIS)));
    violations.addAll(checkTerm(form.text(AgreementProcess.VALID_UNTIL), form.text(AgreementProcess.NOTICE_PERIOD),
        java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
    violations.addAll(teams.check(rows, form.text(AgreementProcess.LEADERSHIP_CHAIR)));
    return violations;
  }

  /** A term's end day is a day; its notice period one of the periods offered; its notice date still to come. */
  static List<FormViolation> checkTerm(String validUntil, String noticePeriod, java.time.LocalDate today) {
    Term term;
    try {
      term = Term.of(validUntil, noticePeriod);
    } catch (IllegalArgumentException e) {
      boolean notice = e.getMessage().startsWith("must be one of");
      return List.of(new FormViolation(notice ? AgreementProcess.NOTICE_PERIOD : AgreementProcess.VALID_UNTIL,
          e.getMessage()));
    }
    return term.noticeDate().filter(notice -> !notice.isAfter(today))
        .map(notice -> List.of(new FormViolation(AgreementProcess.VALID_UNTIL, "an agreement " + term.words()
            + " would be past its notice date (" + notice + ") already: choose a later end, a shorter notice, or "
            + "no end date")))
        .orElse(List.of());
  }

  private static Term term(SubmittedForm form) {
    return Term.of(form.text(AgreementProcess.VALID_UNTIL), form.text(AgreementProcess.NOTICE_PERIOD));
  }

  /**
   * Whether the manager withdrew the variation being drafted: the choice is offered on a variation
   * only, not when a partner joins or leaves (the partners have decided that; the terms must follow).
   */
  private static boolean withdrawn(SubmittedForm form) {
    return form.text(LifecycleProcess.VARIATION_REASON.getName()) != null
        && form.text(LifecycleProcess.PARTNER_CHANGE.getName()) == null
        && AgreementProcess.WITHDRAW.equals(form.text(AgreementProcess.VARIATION_DECISION));
  }

  /** At most {@value AgreementProcess#MAX_KPIS}, each named once, each minimum at or on the worse side of its target. */
  static List<FormViolation> checkKpis(List<Map<String, Object>> rows) {
    List<FormViolation> violations = new ArrayList<>();
    if (rows.size() > AgreementProcess.MAX_KPIS) {
      violations.add(new FormViolation(KPIS, "at most " + AgreementProcess.MAX_KPIS + " KPIs, got " + rows.size()));
    }
    Set<String> names = new HashSet<>();
    for (Map<String, Object> row : rows) {
      String name = String.valueOf(row.get(AgreementProcess.KPI_NAME)).trim();
      if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
        violations.add(new FormViolation(KPIS, "the KPI '" + name + "' is listed twice; each KPI needs a name of its own"));
        continue;
      }
      try {
        kpi(row);
      } catch (IllegalArgumentException e) {
        violations.add(new FormViolation(KPIS, e.getMessage()));
      }
    }
    return violations;
  }

  /** One row of the form's KPI list as a KPI; the form's own rules have checked that every field is there. */
  static Kpi kpi(Map<String, Object> row) {
    return new Kpi(String.valueOf(row.get(AgreementProcess.KPI_NAME)).trim(),
        String.valueOf(row.get(AgreementProcess.KPI_MEASURE)).trim(),
        KpiDirection.valueOf(String.valueOf(row.get(AgreementProcess.KPI_DIRECTION))),
        number(row, AgreementProcess.KPI_BASELINE), number(row, AgreementProcess.KPI_TARGET),
        number(row, AgreementProcess.KPI_MINIMUM));
  }

  private static double number(Map<String, Object> row, String key) {
    return new BigDecimal(String.valueOf(row.get(key))).doubleValue();
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    if (withdrawn(form)) {
      AgreementProcess.VARIATION_WITHDRAWN.on(task.getExecution()).set(true);
      register.record(form, DecisionStage.AGREEMENT, "Agreement variation", "WITHDRAWN", null,
          LifecycleProcess.VARIATION_REASON.from(task).getOptional().orElse(null));
      return;
    }
    ReviewCycle cycle = ReviewCycle.parse(form.text(LifecycleProcess.REVIEW_CYCLE.getName()));
    List<Agreement.Commitment> commitments = form.items(PARTNER_COMMITMENTS).stream()
        .map(row -> new Agreement.Commitment(String.valueOf(row.get(AgreementProcess.COMMITMENT_ORGANISATION_ID)),
            registry.nameOf(String.valueOf(row.get(AgreementProcess.COMMITMENT_ORGANISATION_ID))), String.valueOf(row.get(AgreementProcess.COMMITMENT_TEXT)).trim(),
            new BigDecimal(String.valueOf(row.get(AgreementProcess.COMMITMENT_EXPECTED_SHARE))).doubleValue()))
        .toList();
    long id = agreements.insert(new Agreement(null, form.allianceReference(), DRAFT_VERSION.from(task).get(),
        AgreementStatus.DRAFT, form.text(AgreementProcess.FORMALITY), form.text(AgreementProcess.COORDINATION),
        form.text(AgreementProcess.GOVERNANCE), DecisionRule.valueOf(form.text(AgreementProcess.DECISION_RULE)),
        form.text(AgreementProcess.RISK_GAIN_SHARE), form.text(AgreementProcess.OBJECTIVES_AND_KPIS), cycle.toString(),
        form.text(AgreementProcess.REVIEW_RHYTHM) == null ? ReviewRhythm.DEFAULT
            : ReviewRhythm.valueOf(form.text(AgreementProcess.REVIEW_RHYTHM)),
        form.text(AgreementProcess.EXIT_PROVISIONS), term(form), form.user(), null, null, null, commitments));
    kpis.save(id, form.items(KPIS).stream().map(AgreementDraft::kpi).toList());
    teams.save(id, LeadershipTeams.of(form.items(PARTNER_COMMITMENTS), form.text(AgreementProcess.LEADERSHIP_CHAIR)));
    AGREEMENT_VERSION_ID.on(task.getExecution()).set(id);
    LifecycleProcess.REVIEW_CYCLE.on(task.getExecution()).set(cycle.toString());
    RETURN_REASON.on(task.getExecution()).remove();
  }
}
