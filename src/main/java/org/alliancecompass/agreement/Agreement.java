package org.alliancecompass.agreement;

import java.time.OffsetDateTime;
import java.util.List;

/** A version of an alliance agreement and the partners' commitments in it. */
public record Agreement(
    Long id,
    String allianceReference,
    int versionNo,
    AgreementStatus status,
    String formality,
    String coordination,
    String governance,
    DecisionRule decisionRule,
    String riskGainShare,
    String objectivesKpis,
    String reviewCycle,
    ReviewRhythm reviewRhythm,
    String exitProvisions,
    Term term,
    String draftedBy,
    OffsetDateTime draftedAt,
    OffsetDateTime decidedAt,
    String returnReason,
    List<Commitment> commitments) {

  /** What one partner contributes and its expected share of involvement (asymmetry), in percent. */
  public record Commitment(String organisationId, String organisationName, String commitment, double expectedShare) {
  }

  public Agreement {
    term = term == null ? Term.OPEN_ENDED : term;
  }

  public Agreement withCommitments(List<Commitment> list) {
    return new Agreement(id, allianceReference, versionNo, status, formality, coordination, governance, decisionRule,
        riskGainShare, objectivesKpis, reviewCycle, reviewRhythm, exitProvisions, term, draftedBy, draftedAt, decidedAt, returnReason,
        list);
  }
}
