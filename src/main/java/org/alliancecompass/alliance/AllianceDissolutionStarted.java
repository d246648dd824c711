package org.alliancecompass.alliance;

/**
 * An alliance has gone to dissolution: whatever was under way for it (a review) will not finish.
 * Published inside the transaction that moves the alliance, so a listener's changes commit with it.
 */
public record AllianceDissolutionStarted(String reference) {
}
