package org.alliancecompass.health;

/**
 * How much a review asks: every statement, or a short pulse (one statement per dimension) that an
 * agreement may alternate with the full review.
 */
public enum ReviewFormat {
  FULL,
  PULSE
}
