package org.alliancecompass.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A KPI's minimum condition, target and progress, both ways round. */
class KpiTest {

  /** Care plans: 35% today, 90% committed, 50% the least accepted. */
  static final Kpi CARE_PLANS = new Kpi("Frail people with a care plan", "% of the register", KpiDirection.HIGHER, 35, 90, 50);
  /** Admissions: 62 today, 53 committed, no worse than today accepted. */
  static final Kpi ADMISSIONS = new Kpi("Emergency admissions", "per 1,000", KpiDirection.LOWER, 62, 53, 62);

  @ParameterizedTest(name = "care plans at {0}: below minimum {1}, on target {2}, progress {3}")
  @CsvSource({
      "49.9, true,  false, 0.271",
      "50,   false, false, 0.273",
      "35,   true,  false, 0",
      "20,   true,  false, 0",
      "89.9, false, false, 0.998",
      "90,   false, true,  1",
      "99,   false, true,  1",
  })
  @DisplayName("Higher is better: below the minimum under it, on target from the target up, progress from baseline to target")
  void higherIsBetter(double actual, boolean belowMinimum, boolean onTarget, double progress) {
    assertThat(CARE_PLANS.belowMinimum(actual)).isEqualTo(belowMinimum);
    assertThat(CARE_PLANS.onTarget(actual)).isEqualTo(onTarget);
    assertThat(CARE_PLANS.progress(actual)).isCloseTo(progress, org.assertj.core.data.Offset.offset(0.001));
  }

  @ParameterizedTest(name = "admissions at {0}: below minimum {1}, on target {2}, progress {3}")
  @CsvSource({
      "62.1, true,  false, 0",
      "62,   false, false, 0",
      "57.5, false, false, 0.5",
      "53.1, false, false, 0.989",
      "53,   false, true,  1",
      "40,   false, true,  1",
  })
  @DisplayName("Lower is better: the same rules the other way round")
  void lowerIsBetter(double actual, boolean belowMinimum, boolean onTarget, double progress) {
    assertThat(ADMISSIONS.belowMinimum(actual)).isEqualTo(belowMinimum);
    assertThat(ADMISSIONS.onTarget(actual)).isEqualTo(onTarget);
    assertThat(ADMISSIONS.progress(actual)).isCloseTo(progress, org.assertj.core.data.Offset.offset(0.001));
  }

  @Test
  @DisplayName("Holding the line (target = baseline): the target is reached or not")
  void holdTheLine() {
    Kpi waits = new Kpi("Waits", "days", KpiDirection.LOWER, 10, 10, 12);
    assertThat(waits.progress(10)).isEqualTo(1);
    assertThat(waits.progress(11)).isZero();
    assertThat(waits.belowMinimum(12)).isFalse();
    assertThat(waits.belowMinimum(12.5)).isTrue();
  }

  @Test
  @DisplayName("A minimum better than the target is no minimum: refused, saying which way is better")
  void minimumBeyondTarget() {
    assertThatThrownBy(() -> new Kpi("Care plans", "%", KpiDirection.HIGHER, 35, 90, 95))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("higher is better")
        .hasMessageContaining("'Care plans'");
    assertThatThrownBy(() -> new Kpi("Admissions", "per 1,000", KpiDirection.LOWER, 62, 53, 50))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lower is better");
    assertThat(new Kpi("Exactly", "%", KpiDirection.HIGHER, 0, 90, 90).minimum()).isEqualTo(90);
  }
}
