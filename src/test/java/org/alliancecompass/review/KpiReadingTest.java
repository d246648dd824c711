package org.alliancecompass.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alliancecompass.agreement.Kpi;
import org.alliancecompass.agreement.KpiDirection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a review's KPI values give the gate and the achievement. */
class KpiReadingTest {

  static final Kpi CARE_PLANS = new Kpi("Care plans", "%", KpiDirection.HIGHER, 35, 90, 50);
  static final Kpi ADMISSIONS = new Kpi("Admissions", "per 1,000", KpiDirection.LOWER, 62, 53, 62);
  static final Kpi DAYS = new Kpi("Days to home", "median days", KpiDirection.LOWER, 6, 2, 5);

  static KpiReading reading(int position, Kpi kpi, Double actual) {
    return new KpiReading(1, 1, position, kpi, actual, true);
  }

  @Test
  @DisplayName("Counted below the minimum: only measured KPIs beyond it; no KPIs agreed gives no count at all")
  void belowMinimum() {
    assertThat(KpiReading.belowMinimum(List.of(reading(0, CARE_PLANS, 47.0), reading(1, ADMISSIONS, 63.0),
        reading(2, DAYS, 5.0)))).isEqualTo(2);
    assertThat(KpiReading.belowMinimum(List.of(reading(0, CARE_PLANS, null), reading(1, ADMISSIONS, 60.0))))
        .as("not measured is not failing").isZero();
    assertThat(KpiReading.belowMinimum(List.of())).as("no KPIs: the gate has no input").isNull();
  }

  @Test
  @DisplayName("Achievement: the mean progress of the measured KPIs from baseline to target, in percent")
  void achievement() {
    // care plans 52: 17 of 55 points; admissions 57.5: half way; days 2: there
    assertThat(KpiReading.achievement(List.of(reading(0, CARE_PLANS, 52.0), reading(1, ADMISSIONS, 57.5),
        reading(2, DAYS, 2.0)))).isEqualTo(60);
    assertThat(KpiReading.achievement(List.of(reading(0, CARE_PLANS, null), reading(1, ADMISSIONS, 57.5))))
        .as("a KPI not measured does not count").isEqualTo(50);
    assertThat(KpiReading.achievement(List.of(reading(0, CARE_PLANS, null)))).isNull();
  }
}
