package org.alliancecompass.review;

/** What a review decides for the alliance: the variable {@code reviewDecision} of alliance-review. */
public enum ReviewDecision {
  CONTINUE, RENEGOTIATE, DISSOLVE
}
