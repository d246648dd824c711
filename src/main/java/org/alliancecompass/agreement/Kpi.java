package org.alliancecompass.agreement;

import java.util.Objects;

/**
 * An objective of the agreement, made measurable: what is measured, from which baseline, to which
 * target, and the minimum condition of satisfaction (as in Australian and New Zealand alliance
 * practice): a value worse than the minimum counts as failing, whatever else goes well.
 *
 * @param name the objective, as the partners name it ("Emergency admissions of people over 75")
 * @param measure how and in what unit it is measured ("per 1,000 population a quarter")
 * @param direction whether higher or lower values are better
 * @param baseline the value when the agreement was made
 * @param target the value the partners commit to reach
 * @param minimum the worst value the partners accept: at the target or on the worse side of it
 */
public record Kpi(String name, String measure, KpiDirection direction, double baseline, double target, double minimum) {

  public Kpi {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    if (direction.better(minimum, target)) {
      throw new IllegalArgumentException("The minimum of '" + name + "' (" + minimum + ") is better than its target ("
          + target + "): " + direction.label().toLowerCase() + ", so the minimum must be at the target or worse");
    }
  }

  /** Whether an actual value fails the minimum condition of satisfaction. */
  public boolean belowMinimum(double actual) {
    return direction.better(minimum, actual);
  }

  /** Whether an actual value reaches the target. */
  public boolean onTarget(double actual) {
    return !direction.better(target, actual);
  }

  /**
   * How far an actual value has come from the baseline to the target, 0 to 1: 0 at the baseline or
   * worse, 1 at the target or beyond. A target equal to the baseline (hold the line) is reached or not.
   */
  public double progress(double actual) {
    if (target == baseline) {
      return onTarget(actual) ? 1 : 0;
    }
    return Math.max(0, Math.min(1, (actual - baseline) / (target - baseline)));
  }
}
