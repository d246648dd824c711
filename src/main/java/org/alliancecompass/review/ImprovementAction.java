package org.alliancecompass.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An action of an improvement plan: what, on which dimension (its key), who owns it (a person or a
 * partner organisation; {@code ownerName} in words), by when, where it stands with the latest note,
 * and its evidence (a link, files).
 */
public record ImprovementAction(
    Long id,
    String allianceReference,
    long reviewId,
    String dimension,
    String actionText,
    String ownerName,
    String ownerUser,
    String ownerGroup,
    LocalDate dueDate,
    ActionStatus status,
    String latestNote,
    String evidenceLink,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    OffsetDateTime closedAt,
    List<Evidence> evidence) {

  /** A file kept as evidence of an action. */
  public record Evidence(long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
      OffsetDateTime uploadedAt) {
  }

  public ImprovementAction {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** Still someone's work past its due date. */
  public boolean overdue() {
    return status.pending() && dueDate.isBefore(LocalDate.now());
  }

  /** Whether this person owns the action: the owner, or a representative of the owning organisation. */
  public boolean ownedBy(String user, java.util.Collection<String> groups) {
    return user.equals(ownerUser) || (ownerGroup != null && groups.contains(ownerGroup));
  }

  ImprovementAction withEvidence(List<Evidence> files) {
    return new ImprovementAction(id, allianceReference, reviewId, dimension, actionText, ownerName, ownerUser, ownerGroup,
        dueDate, status, latestNote, evidenceLink, createdAt, updatedAt, closedAt, files);
  }
}
