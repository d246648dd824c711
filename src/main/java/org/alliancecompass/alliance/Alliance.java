package org.alliancecompass.alliance;

import java.time.OffsetDateTime;

/** An alliance, as the application's own table holds it. */
public record Alliance(
    String reference,
    String name,
    String allianceType,
    String purpose,
    String objectives,
    String reviewCycle,
    String status,
    String proposedBy,
    OffsetDateTime proposedAt,
    OffsetDateTime activatedAt,
    OffsetDateTime dissolvedAt,
    OffsetDateTime nextReviewDue,
    String processInstanceId) {
}
