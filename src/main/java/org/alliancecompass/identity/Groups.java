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

  private Groups() {
  }
}
