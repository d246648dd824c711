package org.alliancecompass.alliance;

import java.time.OffsetDateTime;

/** An alliance, as the application's own table holds it. */
public record Alliance(
    String reference,
    String name,
    AllianceType allianceType,
    String purpose,
    String objectives,
    String reviewCycle,
    AllianceStatus status,
    String proposedBy,
    OffsetDateTime proposedAt,
    OffsetDateTime activatedAt,
    OffsetDateTime dissolvedAt,
    OffsetDateTime nextReviewDue,
    String processInstanceId) {

  /** A newly proposed alliance, before its lifecycle has moved on. */
  public static Alliance proposed(String reference, String name, AllianceType type, String purpose, String objectives,
      ReviewCycle cycle, String proposedBy, String processInstanceId) {
    return new Alliance(reference, name, type, purpose, objectives, cycle.toString(), AllianceStatus.PROPOSED,
        proposedBy, AllianceRepository.now(), null, null, null, processInstanceId);
  }

  public boolean underReview() {
    return status == AllianceStatus.UNDER_REVIEW;
  }
}
