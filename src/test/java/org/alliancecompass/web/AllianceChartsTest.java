package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.alliancecompass.web.AllianceCharts.Series;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AllianceChartsTest {

  @Test
  @DisplayName("A series that repeats an earlier one says which; the first of equal ones is named by all that follow")
  void coincidingSeries() {
    // given: two partners who see the alliance alike, a third who does not, a fourth alike again
    List<Series> series = List.of(
        new Series("Northside Hospital", List.of(75.0, 50.0)),
        new Series("City Council", List.of(75.0, 50.0)),
        new Series("Community Care Trust", List.of(25.0, 50.0)),
        new Series("Riverside GP Federation", List.of(75.0, 50.0)));

    // when
    List<Series> marked = AllianceCharts.sameAsEarlier(series);

    // then
    assertThat(marked).extracting(Series::sameAs)
        .containsExactly(null, "Northside Hospital", null, "Northside Hospital");
    assertThat(marked).extracting(Series::data).containsExactlyElementsOf(series.stream().map(Series::data).toList());
  }

  @Test
  @DisplayName("Values missing in the same reviews count as alike; a missing value against a score does not")
  void missingValues() {
    List<Series> marked = AllianceCharts.sameAsEarlier(List.of(
        new Series("Trust", Arrays.asList(null, 40.0)),
        new Series("Flexibility", Arrays.asList(null, 40.0)),
        new Series("Overall", Arrays.asList(0.0, 40.0))));

    assertThat(marked).extracting(Series::sameAs).containsExactly(null, "Trust", null);
  }
}
