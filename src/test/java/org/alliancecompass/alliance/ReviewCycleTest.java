package org.alliancecompass.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReviewCycleTest {

  @ParameterizedTest
  @ValueSource(strings = {"P7D", "P1W", "P2W", "P1M", "P3M", "P6M", "P12M", "P1Y", "P365D"})
  @DisplayName("A review cycle from a week to a year is accepted")
  void accepted(String text) {
    assertThat(ReviewCycle.parse(text)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"P6D", "P0D", "P13M", "P2Y", "P1Y1D", "3 months", "PT24H", "P", "", "p3m", "P-1M"})
  @DisplayName("Shorter than a week, longer than a year, or not an ISO-8601 period is refused with a reason")
  void refused(String text) {
    assertThatThrownBy(() -> ReviewCycle.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P");
  }

  @Test
  @DisplayName("The next review is one cycle on, or half a cycle after an AT_RISK or CRITICAL review")
  void nextReview() {
    Instant from = Instant.parse("2026-01-01T00:00:00Z");
    ReviewCycle quarterly = ReviewCycle.parse("P3M");
    assertThat(quarterly.nextAfter(from, false)).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
    assertThat(quarterly.nextAfter(from, true)).isEqualTo(Instant.parse("2026-02-15T00:00:00Z"));
    assertThat(ReviewCycle.DEFAULT).isEqualTo(quarterly);
  }

  @ParameterizedTest
  @CsvSource({"P3M, every 3 months", "P1M, every month", "P1Y, every year",
      "P7D, every week", "P6W, every 6 weeks", "P10D, every 10 days", "P1Y, every year", "P1M14D, every month and 2 weeks"})
  @DisplayName("A review cycle reads in words on the dashboard")
  void describe(String text, String words) {
    assertThat(ReviewCycle.parse(text).describe()).isEqualTo(words);
  }
}
