package org.alliancecompass.work;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One open user task, as the product sees it: of which alliance, what is asked, whom it waits for
 * (the person who has claimed it, or else the groups it is offered to), since when, by when, and
 * how much chasing it has taken so far.
 *
 * @param allianceReference the business key of the task's process: the alliance's reference
 * @param taskKey the user task's id in its model, e.g. {@code Task_AssessPartnerHealth}
 * @param taskName what is asked, as the model names it, e.g. "Health assessment"
 * @param candidateGroups the groups the task is offered to: a partner organisation, the managers, ...
 * @param assignee the person who has claimed it, if anyone has
 * @param remindersSent how often the people it waits for have been reminded
 * @param escalations how often it has been escalated since its due date passed
 * @param escalatedAt when it was last escalated
 */
public record WorkItem(
    String taskId,
    String allianceReference,
    String processKey,
    String processInstanceId,
    String taskKey,
    String taskName,
    List<String> candidateGroups,
    String assignee,
    OffsetDateTime createdAt,
    OffsetDateTime dueAt,
    int remindersSent,
    OffsetDateTime lastRemindedAt,
    int escalations,
    OffsetDateTime escalatedAt) {

  public WorkItem {
    candidateGroups = List.copyOf(candidateGroups);
  }

  /** Whether it waits for one person (who claimed it) rather than for a group. */
  public boolean waitsForPerson() {
    return assignee != null;
  }

  public boolean overdue(Instant now) {
    return dueAt != null && dueAt.toInstant().isBefore(now);
  }

  public boolean overdue() {
    return overdue(Instant.now());
  }
}
