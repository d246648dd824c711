package org.alliancecompass.review;

/**
 * An organisation's record in earlier alliances: how many it was a partner of, and the average of
 * their latest overall health scores (null when none was reviewed yet).
 */
public record TrackRecord(int alliances, Double averageHealth) {
}
