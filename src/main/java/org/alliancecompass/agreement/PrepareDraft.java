package org.alliancecompass.agreement;

import static org.alliancecompass.agreement.AgreementProcess.AGREEMENT_DECLINED;
import static org.alliancecompass.agreement.AgreementProcess.DRAFT_VERSION;
import static org.alliancecompass.alliance.PartnerTasks.PARTNER_GROUPS;

import org.alliancecompass.alliance.PartnerTasks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Prepares the draft the manager edits: the partners who sign, the next version number, and the
 * terms prefilled from the latest agreement (when renegotiating, its KPIs too) or from the
 * alliance's objectives, with one commitment row per partner and equal shares to start from.
 * Used by {@code Task_PrepareDraft} in {@code alliance-agreement}.
 */
@Component("prepareDraft")
class PrepareDraft implements JavaDelegate {

  private final Alliances alliances;
  private final AgreementRepository agreements;
  private final KpiRepository kpis;
  private final LeadershipTeams teams;

  PrepareDraft(Alliances alliances, AgreementRepository agreements, KpiRepository kpis, LeadershipTeams teams) {
    this.alliances = alliances;
    this.agreements = agreements;
    this.kpis = kpis;
    this.teams = teams;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    List<Partner> signatories = alliances.signatories(reference);
    PARTNER_GROUPS.on(execution).set(signatories.stream().map(Partner::organisationId).toList());
    DRAFT_VERSION.on(execution).set(agreements.nextVersionNo(reference));
    AGREEMENT_DECLINED.on(execution).set(false);
    AgreementProcess.VARIATION_WITHDRAWN.on(execution).set(false);

    if (!execution.hasVariable(AgreementProcess.GOVERNANCE)) {
      // a variation starts from the terms in force; an agreement or a renegotiation from the latest draft
      Optional<Agreement> previous = LifecycleProcess.VARIATION_REASON.from(execution).getOptional().isPresent()
          ? agreements.inForce(reference).or(() -> agreements.latest(reference)) : agreements.latest(reference);
      previous.ifPresent(terms -> {
        execution.setVariable(AgreementProcess.FORMALITY, terms.formality());
        execution.setVariable(AgreementProcess.COORDINATION, terms.coordination());
        execution.setVariable(AgreementProcess.GOVERNANCE, terms.governance());
        execution.setVariable(AgreementProcess.DECISION_RULE, terms.decisionRule().name());
        execution.setVariable(AgreementProcess.REVIEW_RHYTHM, terms.reviewRhythm().name());
        execution.setVariable(AgreementProcess.RISK_GAIN_SHARE, terms.riskGainShare());
        execution.setVariable(AgreementProcess.OBJECTIVES_AND_KPIS, terms.objectivesKpis());
        execution.setVariable(AgreementProcess.EXIT_PROVISIONS, terms.exitProvisions());
        execution.setVariable(AgreementProcess.VALID_UNTIL,
            terms.term().openEnded() ? null : terms.term().validUntil().toString());
        execution.setVariable(AgreementProcess.NOTICE_PERIOD,
            terms.term().openEnded() ? Term.DEFAULT_NOTICE : terms.term().noticePeriod());
      });
      if (previous.isEmpty()) {
        execution.setVariable(AgreementProcess.DECISION_RULE, DecisionRule.DEFAULT.name());
        execution.setVariable(AgreementProcess.REVIEW_RHYTHM, ReviewRhythm.DEFAULT.name());
        execution.setVariable(AgreementProcess.OBJECTIVES_AND_KPIS, execution.getVariable(LifecycleProcess.OBJECTIVES.getName()));
        execution.setVariable(AgreementProcess.NOTICE_PERIOD, Term.DEFAULT_NOTICE);
      }
      LeadershipTeam team = previous.map(terms -> teams.ofVersion(terms.id())).orElse(LeadershipTeam.NONE);
      List<Map<String, Object>> rows = commitments(signatories, previous.map(Agreement::commitments).orElse(List.of()));
      // the team's members stay on for the organisations that stay; a newcomer names its own
      rows.forEach(row -> team.members().stream()
          .filter(member -> member.organisationId().equals(row.get(AgreementProcess.COMMITMENT_ORGANISATION_ID)))
          .findFirst().ifPresent(member -> row.put(AgreementProcess.COMMITMENT_LEADERSHIP_MEMBER, member.userId())));
      execution.setVariable(AgreementProcess.PARTNER_COMMITMENTS, FormJson.of(rows));
      execution.setVariable(AgreementProcess.LEADERSHIP_CHAIR, team.chair());
      execution.setVariable(AgreementProcess.KPIS,
          FormJson.of(kpiRows(previous.map(terms -> kpis.of(terms.id())).orElse(List.of()))));
    }
  }

  /**
   * One row per signatory: the commitment it had, or an empty one for a newcomer, with the shares
   * re-balanced to add up to 100 ({@link #rebalancedShares}).
   */
  static List<Map<String, Object>> commitments(List<Partner> signatories, List<Agreement.Commitment> before) {
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Optional<Agreement.Commitment>> had = signatories.stream().map(partner -> before.stream()
        .filter(c -> c.organisationId().equals(partner.organisationId())).findFirst()).toList();
    List<BigDecimal> shares = rebalancedShares(had.stream()
        .map(c -> c.map(commitment -> BigDecimal.valueOf(commitment.expectedShare())).orElse(null)).toList());
    for (int i = 0; i < signatories.size(); i++) {
      Partner partner = signatories.get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(AgreementProcess.COMMITMENT_ORGANISATION_NAME, partner.organisationName());
      row.put(AgreementProcess.COMMITMENT_ORGANISATION_ID, partner.organisationId());
      row.put(AgreementProcess.COMMITMENT_TEXT, had.get(i).map(Agreement.Commitment::commitment).orElse(""));
      row.put(AgreementProcess.COMMITMENT_EXPECTED_SHARE, shares.get(i).doubleValue());
      rows.add(row);
    }
    return rows;
  }

  /**
   * Shares of 100 for the signatories of a new version, from the shares they had ({@code null} for
   * a newcomer): a newcomer starts from an equal share (100 / n), the others keep their proportions
   * of what is left, so a partner's leaving or joining moves everyone's share pro rata; to one
   * decimal, adding up to exactly 100. With no shares before (a first agreement), equal shares.
   */
  static List<BigDecimal> rebalancedShares(List<BigDecimal> before) {
    int n = before.size();
    BigDecimal kept = before.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (n == 0 || kept.signum() == 0) {
      return equalShares(n);
    }
    BigDecimal equal = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 1, RoundingMode.DOWN);
    long newcomers = before.stream().filter(java.util.Objects::isNull).count();
    BigDecimal left = BigDecimal.valueOf(100).subtract(equal.multiply(BigDecimal.valueOf(newcomers)));
    List<BigDecimal> shares = new ArrayList<>();
    for (BigDecimal share : before) {
      shares.add(share == null ? equal : share.multiply(left).divide(kept, 1, RoundingMode.HALF_UP));
    }
    BigDecimal rest = BigDecimal.valueOf(100).subtract(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    int largest = 0;
    for (int i = 1; i < n; i++) {
      if (shares.get(i).compareTo(shares.get(largest)) > 0) {
        largest = i;
      }
    }
    shares.set(largest, shares.get(largest).add(rest));
    return shares;
  }

  /** The KPIs as rows of the form's list: the previous version's, for the partners to keep or change. */
  static List<Map<String, Object>> kpiRows(List<Kpi> kpis) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Kpi kpi : kpis) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(AgreementProcess.KPI_NAME, kpi.name());
      row.put(AgreementProcess.KPI_MEASURE, kpi.measure());
      row.put(AgreementProcess.KPI_DIRECTION, kpi.direction().name());
      row.put(AgreementProcess.KPI_BASELINE, kpi.baseline());
      row.put(AgreementProcess.KPI_TARGET, kpi.target());
      row.put(AgreementProcess.KPI_MINIMUM, kpi.minimum());
      rows.add(row);
    }
    return rows;
  }

  /** Shares of 100 to one decimal that add up to exactly 100: 33.4, 33.3, 33.3. */
  static List<BigDecimal> equalShares(int partners) {
    List<BigDecimal> shares = new ArrayList<>();
    if (partners == 0) {
      return shares;
    }
    BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(partners), 1, RoundingMode.DOWN);
    BigDecimal rest = BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(partners)));
    for (int i = 0; i < partners; i++) {
      shares.add(i == 0 ? each.add(rest) : each);
    }
    return shares;
  }
}
