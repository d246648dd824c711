package org.alliancecompass.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An action of an improvement plan: what, on which dimension (its key), who owns it, by when. */
public record ImprovementAction(
    Long id,
    String allianceReference,
    long reviewId,
    String dimension,
    String actionText,
    String ownerName,
    LocalDate dueDate,
    ActionStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime closedAt) {
}
