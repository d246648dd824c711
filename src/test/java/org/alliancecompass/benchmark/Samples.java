package org.alliancecompass.benchmark;

import java.util.Arrays;
import java.util.List;

/** Measured values of one run (latencies in milliseconds, durations in seconds): their median and percentiles. */
record Samples(double[] values) {

  Samples {
    if (values.length == 0) {
      throw new IllegalArgumentException("No samples");
    }
    values = values.clone();
    Arrays.sort(values);
  }

  static Samples of(List<Double> values) {
    return new Samples(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  int count() {
    return values.length;
  }

  double median() {
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }

  /** The nearest-rank percentile: the smallest value that {@code percent} % of the samples do not exceed. */
  double percentile(double percent) {
    int rank = (int) Math.ceil(percent / 100 * values.length);
    return values[Math.max(0, rank - 1)];
  }

  double p95() {
    return percentile(95);
  }

  double min() {
    return values[0];
  }

  double max() {
    return values[values.length - 1];
  }
}
