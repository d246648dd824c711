package org.alliancecompass.review;

import org.alliancecompass.identity.Reader;
import org.springframework.stereotype.Component;

/**
 * The one rule of who reads what partners answered. No one reads a person's answers: they are
 * kept as their organisation's. An organisation's own figures (its scores, its comments under its
 * name) are for its own representatives, and for the alliance's staff only when at least
 * {@code alliance.review.minimum-respondents-shown} of its people answered; below that, one
 * person's answers could be read from them. Other organisations' representatives read the
 * alliance's figures, never another organisation's.
 */
@Component
class Anonymity {

  private final ReviewSettings settings;

  Anonymity(ReviewSettings settings) {
    this.settings = settings;
  }

  /** Whether the reader may see the organisation's own figures, with its name. */
  boolean attributable(Reader reader, String organisationId, int respondents) {
    return reader.represents(organisationId) || reader.staff() && settings.shown(respondents);
  }

  /** How a reader may read what an organisation wrote. */
  enum Attribution {
    /** under the organisation's name */
    NAMED,
    /** as a partner's, no organisation named */
    UNNAMED,
    /** not at all: another organisation's words */
    HIDDEN
  }

  /**
   * How the reader may read a comment of the organisation: under its name when its figures are
   * attributable; as a partner's, unnamed, for the staff otherwise; not at all for another
   * organisation's representative.
   */
  Attribution comment(Reader reader, String organisationId, int respondents) {
    if (attributable(reader, organisationId, respondents)) {
      return Attribution.NAMED;
    }
    return reader.staff() ? Attribution.UNNAMED : Attribution.HIDDEN;
  }

  int minimum() {
    return settings.minimumRespondentsShown();
  }
}
