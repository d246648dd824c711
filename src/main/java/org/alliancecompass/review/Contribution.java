package org.alliancecompass.review;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a partner delivered in a review period against what the agreement expected of it.
 *
 * @param expectedShare its expected share of involvement in the agreement in force, in percent
 * @param deliveredShare the share of the alliance's work it delivered, in percent, as the manager
 *     recorded it (none: not recorded)
 * @param delivered what it delivered, in words: staff, money, services
 */
public record Contribution(long reviewId, int reviewNo, String organisationId, String organisationName,
    double expectedShare, Double deliveredShare, String delivered) {

  /** Delivered less than expected by more than this many points: the partner is behind its commitment. */
  static final double SHORTFALL = 10;

  /** Whether the partner delivered markedly less than the agreement expected of it. */
  @JsonProperty("behind")
  public boolean behind() {
    return deliveredShare != null && expectedShare - deliveredShare > SHORTFALL;
  }
}
