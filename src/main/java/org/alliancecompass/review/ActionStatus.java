package org.alliancecompass.review;

import java.util.Set;

/** Where an improvement action stands. */
public enum ActionStatus {
  /** Agreed, its owner at work on it. */
  OPEN,
  DONE,
  /** Its owner cannot go on without help: the alliance managers decide to resume or drop it. */
  BLOCKED,
  /** Given up, with the managers' reason. */
  DROPPED,
  /** Ended with the alliance, undone. */
  CLOSED_AT_DISSOLUTION;

  /** Still someone's work. */
  public static final Set<ActionStatus> PENDING = Set.of(OPEN, BLOCKED);

  public boolean pending() {
    return PENDING.contains(this);
  }
}
