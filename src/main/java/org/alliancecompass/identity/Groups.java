package org.alliancecompass.identity;

/**
 * The Camunda groups the product relies on (design, section 2). Partner organisations are groups
 * too, of type {@link #PARTNER_ORGANISATION_TYPE}, managed in the Admin webapp.
 */
public final class Groups {

  public static final String ADMINS = "camunda-admin";
  public static final String MANAGERS = "alliance-managers";
  public static final String BOARD = "alliance-board";
  public static final String LEGAL = "legal";
  /** Independent facilitators: the last step of an alliance's dispute ladder recommends the way forward. */
  public static final String FACILITATORS = "alliance-facilitators";
  public static final String PARTNER_ORGANISATION_TYPE = "partner-organisation";
  /** An alliance's own leadership team, set at agreement: a group per alliance, {@link #leadershipTeam}. */
  public static final String LEADERSHIP_TEAM_TYPE = "alliance-leadership-team";

  /** The group of an alliance's own leadership team: {@code leadership-all-2026-0001}. */
  public static String leadershipTeam(String allianceReference) {
    return "leadership-" + allianceReference.toLowerCase(java.util.Locale.ROOT);
  }

  private Groups() {
  }
}
