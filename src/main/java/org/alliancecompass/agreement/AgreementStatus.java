package org.alliancecompass.agreement;

/** Where a version of an agreement stands. */
public enum AgreementStatus {
  /** Being drafted, reviewed, signed and approved. */
  DRAFT,
  /** Sent back for redrafting, with the reason. */
  RETURNED,
  /** In force. */
  APPROVED,
  /** Was in force until a later version came into force. */
  SUPERSEDED
}
