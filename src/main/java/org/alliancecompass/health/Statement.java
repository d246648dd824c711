package org.alliancecompass.health;

/**
 * One statement of the health assessment, answered 1 (strongly disagree) to 5 (strongly agree),
 * 5 always the healthy end.
 *
 * @param key the form field key, which is also the answer's key in the review tables
 * @param text the statement as the respondent reads it
 */
public record Statement(String key, String text) {
}
