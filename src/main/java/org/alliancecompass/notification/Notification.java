package org.alliancecompass.notification;

import java.time.OffsetDateTime;

/**
 * One notification in a person's outbox: what it is about, of which alliance, what is asked and by
 * when (its subject and body, written for a person), and where to act (its link: the task in
 * Tasklist, or the alliance's page).
 */
public record Notification(
    Long id,
    String recipient,
    NotificationKind kind,
    String allianceReference,
    String taskId,
    String subject,
    String body,
    String link,
    String linkLabel,
    OffsetDateTime createdAt,
    OffsetDateTime readAt) {

  public boolean unread() {
    return readAt == null;
  }

  /** The body's paragraphs, one a line. */
  public java.util.List<String> paragraphs() {
    return body.lines().filter(line -> !line.isBlank()).toList();
  }
}
