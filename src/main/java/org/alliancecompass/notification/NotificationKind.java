package org.alliancecompass.notification;

/** What a notification is about, with the word the "My notifications" page shows for it. */
public enum NotificationKind {
  TASK_ARRIVED("New task"),
  TASK_ASSIGNED("Assigned to you"),
  REMINDER("Reminder"),
  OVERDUE("Overdue"),
  ESCALATED("Escalated to you"),
  DECISION("Decision");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
