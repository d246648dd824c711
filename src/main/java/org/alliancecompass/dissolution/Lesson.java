package org.alliancecompass.dissolution;

import java.time.OffsetDateTime;

/** A lesson for the next alliance, on one dimension of the health model (its key), or overall (null). */
public record Lesson(Long id, String allianceReference, String dimension, String lesson, String recordedBy,
    OffsetDateTime recordedAt) {
}
