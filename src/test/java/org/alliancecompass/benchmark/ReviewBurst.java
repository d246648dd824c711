package org.alliancecompass.benchmark;

import static org.alliancecompass.benchmark.BenchmarkApplication.PARTNERS;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A review burst: the held review timers of one flavour released in one transaction, so that
 * every review falls due at the same moment, as at a quarter end; measured until every review
 * has started and every partner's assessment task exists.
 *
 * <p>The clock starts when the release is sent and stops at the creation time of the last
 * assessment task, as the engine recorded it (the application runs on the same machine, so both
 * read the same clock). The benchmark only watches every second whether all tasks exist, so its
 * polling neither adds to the figure nor loads the engine much.
 */
final class ReviewBurst {

  private static final Duration TIMEOUT = Duration.ofMinutes(45);
  private static final Duration POLL = Duration.ofSeconds(1);

  /** What one burst took. */
  record Result(Flavour flavour, int alliances, Duration duration, Duration firstReview, double loadAverage) {

    /** From the release until the first review started: the job executor noticing the due timers. */
    double secondsToFirstReview() {
      return firstReview.toMillis() / 1000.0;
    }

    double seconds() {
      return duration.toMillis() / 1000.0;
    }

    double reviewsPerSecond() {
      return alliances / seconds();
    }
  }

  private final EngineApi api;

  ReviewBurst(EngineApi api) {
    this.api = api;
  }

  /**
   * Releases {@code count} held timers one by one and waits for their reviews: the warm-up
   * before a measured burst, in the same application.
   */
  void warmUp(Flavour flavour, int count) {
    long expected = api.tasks(flavour.reviewKey()) + (long) count * PARTNERS;
    List<String> jobs = api.suspendedJobs(flavour.lifecycleKey(), count);
    jobs.forEach(api::activateJob);
    awaitTasks(flavour, expected);
  }

  /** Releases every held timer of the flavour at once and measures until {@code alliances} reviews have their tasks. */
  Result measure(Flavour flavour, int alliances) {
    long reviewsBefore = api.processInstances(flavour.reviewKey());
    long expectedTasks = api.tasks(flavour.reviewKey()) + (long) alliances * PARTNERS;

    Instant released = Instant.now();
    api.suspendJobs(flavour.lifecycleKey(), false);
    awaitTasks(flavour, expectedTasks);
    Instant lastTask = api.lastTaskCreated(flavour.reviewKey());
    Instant firstReview = api.firstStartedAfter(flavour.reviewKey(), released.minusSeconds(1));
    double load = LoadAverage.oneMinute();

    long reviews = api.processInstances(flavour.reviewKey()) - reviewsBefore;
    if (reviews != alliances) {
      throw new IllegalStateException("%s: %d reviews started, %d expected".formatted(flavour.label(), reviews, alliances));
    }
    return new Result(flavour, alliances, Duration.between(released, lastTask), Duration.between(released, firstReview),
        load);
  }

  private void awaitTasks(Flavour flavour, long expected) {
    if (!EngineApi.await(TIMEOUT, POLL, () -> api.tasks(flavour.reviewKey()) >= expected)) {
      throw new IllegalStateException("%s: %d of %d assessment tasks after %d min; %d failed jobs, %d incidents"
          .formatted(flavour.label(), api.tasks(flavour.reviewKey()), expected, TIMEOUT.toMinutes(), api.failedJobs(),
              api.incidents()));
    }
  }
}
