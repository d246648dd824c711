package org.alliancecompass.benchmark;

/**
 * The two things the benchmark compares in the same application and database: the product's
 * review cycle, and a bare-engine model of the same shape with no product code (the baseline,
 * {@code src/test/resources/benchmark/}).
 */
enum Flavour {

  /** {@code alliance-lifecycle} at its review timer, calling {@code alliance-review}. */
  PRODUCT("product", "alliance-lifecycle", "alliance-review", "Task_AssessPartnerHealth"),

  /** The same shape: timer, call activity, one user task per partner group, asynchronous after each. */
  BASELINE("bare engine", "baseline-lifecycle", "baseline-review", "Task_Assess");

  private final String label;
  private final String lifecycleKey;
  private final String reviewKey;
  private final String assessmentTask;

  Flavour(String label, String lifecycleKey, String reviewKey, String assessmentTask) {
    this.label = label;
    this.lifecycleKey = lifecycleKey;
    this.reviewKey = reviewKey;
    this.assessmentTask = assessmentTask;
  }

  String label() {
    return label;
  }

  /** The process that waits at the review timer. */
  String lifecycleKey() {
    return lifecycleKey;
  }

  /** The process the timer's call activity starts, which holds the assessment tasks. */
  String reviewKey() {
    return reviewKey;
  }

  String assessmentTask() {
    return assessmentTask;
  }
}
