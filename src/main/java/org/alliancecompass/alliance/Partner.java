package org.alliancecompass.alliance;

import java.time.OffsetDateTime;

/** A partner organisation's membership of an alliance. */
public record Partner(
    String allianceReference,
    String organisationId,
    String organisationName,
    String status,
    Double fitScore,
    Integer fitRank,
    Double expectedShare,
    String commitment,
    OffsetDateTime joinedAt,
    OffsetDateTime leftAt) {
}
