package org.alliancecompass.alliance;

/** Where an alliance stands in its lifecycle. */
public enum AllianceStatus {
  PROPOSED, SELECTING_PARTNERS, AGREEING, ACTIVE, UNDER_REVIEW, RENEGOTIATING, DISSOLVING, DISSOLVED
}
