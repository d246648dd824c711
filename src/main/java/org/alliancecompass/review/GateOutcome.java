package org.alliancecompass.review;

/** The outcome of the review gate, decided by the DMN {@code review-gate-outcome}. */
public enum GateOutcome {
  HEALTHY, WATCH, AT_RISK, CRITICAL;

  /** After these outcomes the next review comes after half a cycle. */
  public boolean needsCloserWatch() {
    return this == AT_RISK || this == CRITICAL;
  }
}
