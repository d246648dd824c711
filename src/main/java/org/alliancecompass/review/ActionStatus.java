package org.alliancecompass.review;

/** Where an improvement action stands. */
public enum ActionStatus {
  OPEN,
  /** Ended with the alliance, undone. */
  CLOSED_AT_DISSOLUTION
}
