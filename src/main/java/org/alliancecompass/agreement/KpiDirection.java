package org.alliancecompass.agreement;

/** Which way a KPI improves: admissions avoided go up, waiting times come down. */
public enum KpiDirection {
  HIGHER("Higher is better"),
  LOWER("Lower is better");

  private final String label;

  KpiDirection(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether value a is strictly better than value b in this direction. */
  public boolean better(double a, double b) {
    return this == HIGHER ? a > b : a < b;
  }
}
