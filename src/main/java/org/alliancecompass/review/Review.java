package org.alliancecompass.review;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.health.ReviewFormat;

/**
 * A review of an alliance's health, as the review table holds it, with the alliance's score per
 * dimension (dimension key to 0-100, in the health model's order; empty before scoring) and, for
 * each partner organisation it asked, how many of its people it asked and how many answered
 * (reviews before several raters per organisation know no number asked).
 */
public record Review(
    Long id,
    String allianceReference,
    int reviewNo,
    String reviewTrigger,
    ReviewFormat format,
    ReviewStatus status,
    String processInstanceId,
    OffsetDateTime openedAt,
    OffsetDateTime deadlineAt,
    OffsetDateTime closedAt,
    int partnersAsked,
    Integer partnersResponded,
    Integer objectivesAchieved,
    String objectiveNotes,
    String capabilityNotes,
    String relationshipNotes,
    Double overallScore,
    Double perceptionGap,
    Double responseRate,
    Double trend,
    GateOutcome gateOutcome,
    String reconciliation,
    ReviewDecision decision,
    DecisionBasis decisionBasis,
    Map<String, Double> dimensionScores,
    List<Participation> participation) {

  /** An organisation asked by a review: how many of its people were asked (null before V8), how many answered. */
  public record Participation(String organisationId, Integer peopleAsked, int respondents) {
  }

  public Review {
    dimensionScores = dimensionScores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dimensionScores));
    participation = participation == null ? List.of() : List.copyOf(participation);
  }

  /**
   * The partner organisations asked that sent no assessment (silent partners; while the review is
   * open, those it still waits for), in the order of their ids.
   */
  public List<String> silentPartners() {
    return participation.stream().filter(p -> p.respondents() == 0).map(Participation::organisationId).toList();
  }

  public Double score(String dimension) {
    return dimensionScores.get(dimension);
  }

  Review withScoresAndParticipation(Map<String, Double> scores, List<Participation> asked) {
    return new Review(id, allianceReference, reviewNo, reviewTrigger, format, status, processInstanceId, openedAt, deadlineAt,
        closedAt, partnersAsked, partnersResponded, objectivesAchieved, objectiveNotes, capabilityNotes,
        relationshipNotes, overallScore, perceptionGap, responseRate, trend, gateOutcome, reconciliation, decision,
        decisionBasis, scores, asked);
  }
}
