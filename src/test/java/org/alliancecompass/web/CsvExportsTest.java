package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportsTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\")", "+44 20 7946 0000", "-2+3", "@SUM(A1:A2)",
      "\t=1+1", "\r=1+1"})
  @DisplayName("Typed text a spreadsheet would run as a formula is exported with a leading apostrophe")
  void formulaNeutralised(String typed) {
    assertThat(CsvExports.text(typed)).isEqualTo("'" + typed);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"North City Frailty Alliance", "Budget agreed = yes", "'quoted'", "44 beds"})
  @DisplayName("Other text is exported as typed")
  void plainTextKept(String typed) {
    assertThat(CsvExports.text(typed)).isEqualTo(typed);
  }
}
