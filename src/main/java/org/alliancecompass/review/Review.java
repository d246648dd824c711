package org.alliancecompass.review;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A review of an alliance's health, as the review table holds it, with the alliance's score per
 * dimension (dimension key to 0-100, in the health model's order; empty before scoring).
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
    Map<String, Double> dimensionScores) {

  public Review {
    dimensionScores = dimensionScores == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(dimensionScores));
  }

  public Double score(String dimension) {
    return dimensionScores.get(dimension);
  }

  Review withDimensionScores(Map<String, Double> scores) {
    return new Review(id, allianceReference, reviewNo, reviewTrigger, status, processInstanceId, openedAt, deadlineAt,
        closedAt, partnersAsked, partnersResponded, objectivesAchieved, objectiveNotes, capabilityNotes,
        relationshipNotes, overallScore, perceptionGap, responseRate, trend, gateOutcome, reconciliation, decision,
        decisionBasis, scores);
  }
}
