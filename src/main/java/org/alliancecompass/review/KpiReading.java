package org.alliancecompass.review;

import java.util.Collection;

import org.alliancecompass.agreement.Kpi;

/**
 * What a review found of one KPI: the terms it measured against (the agreement's at the time)
 * and the value the manager recorded, if the KPI was measured this period; {@code recorded} once
 * the manager has recorded the period's values (before, the review is still waiting for them).
 */
public record KpiReading(long reviewId, int reviewNo, int position, Kpi kpi, Double actual, boolean recorded) {

  public boolean measured() {
    return actual != null;
  }

  /** Beyond the minimum condition of satisfaction: failing, whatever else goes well. */
  public boolean belowMinimum() {
    return measured() && kpi.belowMinimum(actual);
  }

  public boolean onTarget() {
    return measured() && kpi.onTarget(actual);
  }

  /** How many of these readings fail their minimum condition; none when no KPI is read. */
  static Integer belowMinimum(Collection<KpiReading> readings) {
    return readings.isEmpty() ? null : (int) readings.stream().filter(KpiReading::belowMinimum).count();
  }

  /**
   * How far the objectives are achieved, 0 to 100: the mean progress of the measured KPIs from
   * their baseline to their target; none when no KPI was measured.
   */
  static Integer achievement(Collection<KpiReading> readings) {
    return readings.stream().filter(KpiReading::measured).mapToDouble(r -> r.kpi().progress(r.actual())).average()
        .stream().mapToObj(mean -> (int) Math.round(mean * 100)).findFirst().orElse(null);
  }
}
