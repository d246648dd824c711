package org.alliancecompass.dissolution;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** How the partners leave an alliance: the exit plan the manager prepared. */
public record PlannedExit(String allianceReference, String obligations, String sharedAssetsData,
    String serviceContinuity, String communications, LocalDate exitDate, String preparedBy,
    OffsetDateTime preparedAt) {
}
