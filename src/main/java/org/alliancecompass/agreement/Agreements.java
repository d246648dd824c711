package org.alliancecompass.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The agreement module's API: each alliance's agreement versions, and the one in force. */
@Component
public class Agreements {

  private final AgreementRepository agreements;
  private final KpiRepository kpis;
  private final LeadershipTeamRepository teams;

  Agreements(AgreementRepository agreements, KpiRepository kpis, LeadershipTeamRepository teams) {
    this.agreements = agreements;
    this.kpis = kpis;
    this.teams = teams;
  }

  /** The KPIs of the agreement in force, in the order written; none before there is one. */
  public List<Kpi> kpisInForce(String reference) {
    return inForce(reference).map(agreement -> kpis.of(agreement.id())).orElse(List.of());
  }

  /** The KPIs of one agreement version. */
  public List<Kpi> kpis(long agreementId) {
    return kpis.of(agreementId);
  }

  /** Records the KPIs of an agreement version (the simulation's and the demo's agreements). */
  public void recordKpis(long agreementId, List<Kpi> list) {
    kpis.save(agreementId, list);
  }

  public Optional<Agreement> inForce(String reference) {
    return agreements.inForce(reference);
  }

  /** The decision rule of the agreement in force; unanimity before there is one. */
  /** How the agreement in force wants its scheduled reviews: in full, or alternating with a pulse. */
  public ReviewRhythm reviewRhythm(String reference) {
    return inForce(reference).map(Agreement::reviewRhythm).orElse(ReviewRhythm.DEFAULT);
  }

  public DecisionRule decisionRule(String reference) {
    return inForce(reference).map(Agreement::decisionRule).orElse(DecisionRule.DEFAULT);
  }

  /** The latest version, whatever its status. */
  public Optional<Agreement> latest(String reference) {
    return agreements.latest(reference);
  }

  /** The alliance's own leadership team, as the agreement in force sets it; none before, or when it names none. */
  public LeadershipTeam leadershipTeam(String reference) {
    return inForce(reference).map(agreement -> teams.of(agreement.id())).orElse(LeadershipTeam.NONE);
  }

  /** Every version, oldest first. */
  public List<Agreement> ofAlliance(String reference) {
    return agreements.ofAlliance(reference);
  }

  /** Records an agreement already in force (the simulation's alliances start with one). */
  public long recordInForce(Agreement agreement) {
    if (agreement.status() != AgreementStatus.APPROVED) {
      throw new IllegalArgumentException("An agreement in force is APPROVED, got " + agreement.status());
    }
    return agreements.insert(agreement);
  }
}
