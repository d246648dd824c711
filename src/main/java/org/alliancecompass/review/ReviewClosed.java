package org.alliancecompass.review;

/**
 * A review has closed with its gate outcome: it is now the alliance's latest closed review, whose
 * figures the portfolio shows and sorts by. Published inside the transaction that closes it.
 */
public record ReviewClosed(String allianceReference, long reviewId, GateOutcome gateOutcome) {
}
