package org.alliancecompass.review;

import java.time.OffsetDateTime;

/** A review of an alliance's health, as the review table holds it. */
public record Review(
    Long id,
    String allianceReference,
    int reviewNo,
    String reviewTrigger,
    String status,
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
    Double trustScore,
    Double decisionMakingScore,
    Double managementCapabilityScore,
    Double flexibilityScore,
    Double overallScore,
    Double perceptionGap,
    Double responseRate,
    Double trend,
    String gateOutcome,
    String reconciliation,
    String decision,
    String decisionBasis) {

  public Double score(Dimension dimension) {
    return switch (dimension) {
      case TRUST -> trustScore;
      case DECISION_MAKING -> decisionMakingScore;
      case MANAGEMENT_CAPABILITY -> managementCapabilityScore;
      case FLEXIBILITY -> flexibilityScore;
    };
  }
}
