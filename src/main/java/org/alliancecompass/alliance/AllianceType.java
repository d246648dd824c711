package org.alliancecompass.alliance;

/** The forms an alliance takes (design, section 4: start variable {@code allianceType}). */
public enum AllianceType {
  JOINT_VENTURE, STRATEGIC_ALLIANCE, PROJECT_ALLIANCE, ALLIANCE_CONTRACT;

  /** The type of an alliance proposed without one, also the start form's default. */
  public static final AllianceType DEFAULT = STRATEGIC_ALLIANCE;
}
