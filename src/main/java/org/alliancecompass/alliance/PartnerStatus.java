package org.alliancecompass.alliance;

import java.util.Set;

/** An organisation's place in an alliance, from candidate to former partner. */
public enum PartnerStatus {
  CANDIDATE, WITHDRAWN, NOT_SELECTED, SELECTED, ACTIVE, EXITED;

  /** Members, present and past: the organisations whose people see the alliance. */
  public static final Set<PartnerStatus> MEMBERS = Set.of(SELECTED, ACTIVE, EXITED);
}
