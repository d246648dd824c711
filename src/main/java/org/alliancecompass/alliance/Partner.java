package org.alliancecompass.alliance;

import java.time.OffsetDateTime;

/** A partner organisation's membership of an alliance, from candidate to former partner. */
public record Partner(
    String allianceReference,
    String organisationId,
    String organisationName,
    PartnerStatus status,
    Double fitScore,
    Integer fitRank,
    Double expectedShare,
    String commitment,
    OffsetDateTime joinedAt,
    OffsetDateTime leftAt) {
}
