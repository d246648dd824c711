package org.alliancecompass.review;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A review of an alliance's health, as the review table holds it, with the alliance's score per
 * dimension (dimension key to 0-100, in the health model's order; empty before scoring) and the
 * partner organisations it asked that sent no assessment (silent partners; while the review is
 * open, those it still waits for), in the order of their ids.
 */
public record Review(
    Long id,
    String allianceReference,
    int reviewNo,
    String reviewTrigger,
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
    List<String> silentPartners) {

  public Review {
    dimensionScores = dimensionScores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dimensionScores));
    silentPartners = silentPartners == null ? List.of() : List.copyOf(silentPartners);
  }

  public Double score(String dimension) {
    return dimensionScores.get(dimension);
  }

  Review withScoresAndSilentPartners(Map<String, Double> scores, List<String> silent) {
    return new Review(id, allianceReference, reviewNo, reviewTrigger, status, processInstanceId, openedAt, deadlineAt,
        closedAt, partnersAsked, partnersResponded, objectivesAchieved, objectiveNotes, capabilityNotes,
        relationshipNotes, overallScore, perceptionGap, responseRate, trend, gateOutcome, reconciliation, decision,
        decisionBasis, scores, silent);
  }
}
