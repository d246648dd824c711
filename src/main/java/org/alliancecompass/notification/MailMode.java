package org.alliancecompass.notification;

/** How a person wants their notifications mailed (each is kept in their outbox whatever they choose). */
public enum MailMode {
  IMMEDIATE("A mail for each notification, as it comes"),
  DIGEST("One mail a day with the day's notifications (the daily digest)"),
  NONE("No mail: I read my notifications here");

  private final String label;

  MailMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
