package org.alliancecompass.alliance;

/**
 * An alliance is dissolved: its partners have left; open work for it (improvement actions) ends.
 * Published inside the transaction that dissolves it.
 */
public record AllianceDissolved(String reference) {
}
