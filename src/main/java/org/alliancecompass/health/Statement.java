package org.alliancecompass.health;

/**
 * One statement of the health assessment, answered 1 (strongly disagree) to 5 (strongly agree),
 * 5 always the healthy end, or "don't know" (not counted).
 *
 * @param key the form field key, which is also the answer's key in the review tables
 * @param text the statement as the respondent reads it
 * @param pulse whether a short pulse review asks it too (one statement per dimension; the form's
 *     custom property {@code pulse})
 */
public record Statement(String key, String text, boolean pulse) {

  public Statement(String key, String text) {
    this(key, text, false);
  }
}
