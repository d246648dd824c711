package org.alliancecompass.work;

import java.time.OffsetDateTime;

/**
 * A user task of an alliance that has ended, as the record keeps it: asked when, due when, ended
 * when (completed by a person, or cancelled with its process), and how much chasing it took.
 *
 * @param taskKey the user task's id in its model, e.g. {@code Task_SignAgreement}
 */
public record WorkRecord(
    String taskId,
    String allianceReference,
    String processKey,
    String taskKey,
    String taskName,
    OffsetDateTime createdAt,
    OffsetDateTime dueAt,
    OffsetDateTime endedAt,
    boolean completed,
    int remindersSent,
    int escalations) {
}
