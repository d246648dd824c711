package org.alliancecompass.alliance;

/** An organisation's place in an alliance, from candidate to former partner. */
public enum PartnerStatus {
  CANDIDATE, WITHDRAWN, NOT_SELECTED, SELECTED, ACTIVE, EXITED
}
