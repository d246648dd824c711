package org.alliancecompass.alliance;

/**
 * What the portfolio shows of an alliance has changed: it was registered, entered a stage of its
 * life, was activated, had its next review scheduled or was dissolved. Published inside the
 * transaction that changed it, so that a reader kept in step (the portfolio's standing) changes, or
 * rolls back, with it.
 */
public record AllianceChanged(String reference) {
}
