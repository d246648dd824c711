package org.alliancecompass.review;

/** Where a review stands. */
public enum ReviewStatus {
  /** Under way. */
  OPEN,
  /** Decided: it has its gate outcome and decision. */
  CLOSED,
  /** Ended without a decision: the alliance went to dissolution while it ran. */
  CANCELLED
}
