package org.alliancecompass.agreement;

/**
 * How an agreement's scheduled reviews ask the partners: every statement each time, or a short
 * pulse (one statement per dimension) between full reviews. A review the alliance calls for
 * itself (after a dispute, on a manager's request) is always a full one.
 */
public enum ReviewRhythm {
  FULL,
  ALTERNATE;

  /** An agreement that says nothing (one recorded before the rhythm existed) reviews in full. */
  public static final ReviewRhythm DEFAULT = FULL;
}
