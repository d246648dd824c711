package org.alliancecompass.benchmark;

import static org.alliancecompass.benchmark.BenchmarkApplication.ADMIN_PASSWORD;
import static org.alliancecompass.benchmark.BenchmarkApplication.MANAGER;
import static org.alliancecompass.benchmark.BenchmarkApplication.USER_PASSWORD;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TestFolders;

/**
 * The quarter-end benchmark (issue 6): thousands of alliances whose reviews all fall due at once,
 * the product against the bare engine in the same application and database, then the task lists
 * and form submissions people make while those reviews are open. Run it with
 * {@code mvn -Pbenchmark verify} (README, "Performance"); it prints a table and writes it to
 * {@code target/benchmark/}.
 *
 * <p>For each size N, one setting-up start of the packaged application (job executor off) creates
 * N + warm-up simulated alliances (the {@code simulation} profile, three partners each, every
 * review due) and as many instances of the bare-engine baseline, holds every review timer
 * (suspended jobs), and stops. Then each run starts the application as in production on a fresh
 * copy of that database, releases a few held timers of each flavour to warm it up, and then all
 * the others of one flavour at once, then of the other (which one goes first alternates between
 * runs). On the largest size a run goes on to measure memory, task-list queries and form
 * submissions. Startup is measured on an empty database and on each run's restart.
 */
public final class ReviewBurstBenchmark {

  /** Each round asks four task lists; on H2 with tens of thousands of open tasks a round takes seconds. */
  private static final int QUERY_WARM_UP = 5;
  private static final int COMPLETION_WARM_UP = 10;
  private static final int SETUP_THREADS = 4;
  /** Lets the collector and the JIT settle after a burst, before the next thing is measured. */
  private static final Duration SETTLE = Duration.ofSeconds(5);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final BenchmarkSettings settings;
  private final BenchmarkDatabase database;
  private final BenchmarkReport report;

  private ReviewBurstBenchmark(BenchmarkSettings settings, BenchmarkDatabase database, BenchmarkReport report) {
    this.settings = settings;
    this.database = database;
    this.report = report;
  }

  public static void main(String[] args) {
    // figures with a decimal point and thousands separated by commas, whatever the machine's locale
    Locale.setDefault(Locale.UK);
    BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    BenchmarkReport report;
    try (BenchmarkDatabase database = BenchmarkDatabase.of(settings)) {
      report = new BenchmarkReport(settings, database.label(), LoadAverage.summary());
      log("Benchmark on " + database.label() + ", sizes " + settings.sizes() + ", " + settings.runs()
          + " runs (" + settings.largestRuns() + " of the largest); application arguments " + settings.appArguments()
          + "; load average before: " + LoadAverage.summary());
      new ReviewBurstBenchmark(settings, database, report).run();
    }
    String table = report.render(LoadAverage.summary());
    System.out.println();
    System.out.println(table);
    Path file = TestFolders.underTarget("benchmark").resolve("benchmark-%s-%s.md".formatted(
        settings.database().name().toLowerCase(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()
            .replace(":", "")));
    try {
      Files.writeString(file, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log("Written to " + file);
  }

  private void run() {
    for (int run = 1; run <= settings.runs(); run++) {
      firstStart(run);
    }
    for (int size : settings.sizes()) {
      BenchmarkDatabase.Instance template = setUp(size);
      try {
        for (int run = 1; run <= settings.runsOf(size); run++) {
          measure(size, run, template);
        }
      } finally {
        database.drop(template);
      }
    }
  }

  /** The application's first start on an empty database: schema, models, groups, filters. */
  private void firstStart(int run) {
    BenchmarkDatabase.Instance empty = database.create("empty-" + run);
    try {
      long start = System.nanoTime();
      try (AppProcess app = BenchmarkApplication.start("benchmark-first-start-" + run, empty, settings)) {
        double seconds = secondsSince(start);
        report.firstStart(seconds, LoadAverage.oneMinute());
        log("First start %d: ready in %.1f s".formatted(run, seconds));
      }
    } finally {
      database.drop(empty);
    }
  }

  /**
   * The database every run of this size starts from: N + warm-up simulated alliances and as
   * many baseline instances, every review due, every review timer held, and the benchmark's
   * manager.
   */
  private BenchmarkDatabase.Instance setUp(int size) {
    int alliances = size + settings.warmUp();
    log("Setting up %,d alliances and %,d bare-engine instances".formatted(alliances, alliances));
    BenchmarkDatabase.Instance template = database.create("template-" + size);
    long start = System.nanoTime();
    try (AppProcess app = BenchmarkApplication.setUp("benchmark-setup-" + size, template, settings, alliances)) {
      log("  %,d simulated alliances ready after %.0f s".formatted(alliances, secondsSince(start)));
      EngineApi api = new EngineApi(app.baseUrl(), ADMIN_PASSWORD);
      api.createUser(MANAGER, USER_PASSWORD, "alliance-managers");
      api.deploy("baseline-review.bpmn");
      api.deploy("baseline-lifecycle.bpmn");
      startBaselines(api, alliances);
      for (Flavour flavour : Flavour.values()) {
        api.suspendJobs(flavour.lifecycleKey(), true);
        if (api.processInstances(flavour.lifecycleKey()) != alliances || api.activeJobs(flavour.lifecycleKey()) != 0) {
          throw new IllegalStateException(flavour.label() + ": not every lifecycle is waiting at a held review timer");
        }
      }
      log("  set up in %.0f s".formatted(secondsSince(start)));
    }
    return template;
  }

  private void startBaselines(EngineApi api, int count) {
    Instant due = Instant.now();
    ExecutorService threads = Executors.newFixedThreadPool(SETUP_THREADS);
    try {
      List<Future<?>> started = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int index = i;
        started.add(threads.submit(() -> api.startBaseline("BASE-%05d".formatted(index + 1), due,
            BenchmarkApplication.partnersOf(index))));
      }
      for (Future<?> instance : started) {
        instance.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("Could not start the baseline", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      threads.shutdownNow();
    }
  }

  private void measure(int size, int run, BenchmarkDatabase.Instance template) {
    BenchmarkDatabase.Instance copy = database.copy(template, size + "-run-" + run);
    try {
      long start = System.nanoTime();
      try (AppProcess app = BenchmarkApplication.start("benchmark-%d-run-%d".formatted(size, run), copy, settings)) {
        double startup = secondsSince(start);
        report.restart(size, startup, LoadAverage.oneMinute());
        log("N=%,d run %d: restart ready in %.1f s".formatted(size, run, startup));
        EngineApi api = new EngineApi(app.baseUrl(), ADMIN_PASSWORD);
        bursts(size, run, api);
        if (size == settings.largest()) {
          usage(app, api);
        }
        if (run == 1) {
          portfolio(size, app, api);
        }
        long failed = api.failedJobs();
        if (failed > 0) {
          report.note("N=%,d run %d: %d jobs failed at least once (retried by the engine)".formatted(size, run, failed));
        }
      }
    } finally {
      database.drop(copy);
    }
  }

  private void bursts(int size, int run, EngineApi api) {
    ReviewBurst burst = new ReviewBurst(api);
    if (settings.warmUp() > 0) {
      for (Flavour flavour : Flavour.values()) {
        burst.warmUp(flavour, settings.warmUp());
      }
      EngineApi.sleep(SETTLE);
    }
    List<Flavour> order = run % 2 == 1 ? List.of(Flavour.PRODUCT, Flavour.BASELINE)
        : List.of(Flavour.BASELINE, Flavour.PRODUCT);
    for (Flavour flavour : order) {
      ReviewBurst.Result result = burst.measure(flavour, size);
      report.burst(result);
      log("N=%,d run %d: %s burst %.1f s, %.1f reviews/s, first review after %.1f s (load %.2f)".formatted(size, run,
          flavour.label(), result.seconds(), result.reviewsPerSecond(), result.secondsToFirstReview(),
          result.loadAverage()));
      EngineApi.sleep(SETTLE);
    }
  }

  /** What people do while the reviews are open: memory first, before the queries and submissions change it. */
  private void usage(AppProcess app, EngineApi api) {
    MemoryUse memory = MemoryUse.of(app);
    report.memory(memory, LoadAverage.oneMinute());
    log("  heap in use %.0f MiB, %.0f MiB after a full collection, resident %.0f MiB".formatted(
        memory.heapUsedMib(), memory.heapLiveMib(), memory.residentMib()));

    Rest rest = Rest.to(app.baseUrl());
    TaskListQueries.Result queries = new TaskListQueries(rest, api.filterId("My group tasks"))
        .measure(QUERY_WARM_UP, settings.querySamples());
    report.queries(queries);
    queries.queries().forEach((kind, byFlavour) -> byFlavour.forEach((flavour, samples) ->
        log("  %s, %s: median %.1f ms, p95 %.1f ms".formatted(kind.label(), flavour.label(), samples.median(),
            samples.p95()))));

    AssessmentCompletions.Result completions = new AssessmentCompletions(rest, api)
        .measure(COMPLETION_WARM_UP, settings.completionReviews());
    report.completions(completions);
    log("  assessment submit-form: median %.1f ms, p95 %.1f ms; objective achievement: median %.1f ms, p95 %.1f ms"
        .formatted(completions.assessments().median(), completions.assessments().p95(),
            completions.objectiveAchievements().median(), completions.objectiveAchievements().p95()));
  }

  /** The requests people make while the reviews are open, at this size: their growth is read across the sizes. */
  private void portfolio(int size, AppProcess app, EngineApi api) {
    MemoryUse memory = MemoryUse.of(app);
    report.portfolioMemory(size, memory);
    log("  N=%,d heap %.0f MiB after a full collection, resident %.0f MiB".formatted(size, memory.heapLiveMib(),
        memory.residentMib()));
    PortfolioRequests requests = new PortfolioRequests(Rest.to(app.baseUrl()), api.filterId("My group tasks"));
    String reference = requests.firstAlliance();
    new AssessmentCompletions(Rest.to(app.baseUrl()), api).history(reference, PortfolioRequests.HISTORY);
    PortfolioRequests.Result result = requests.measure(size, reference, QUERY_WARM_UP, settings.querySamples());
    report.portfolio(result);
    result.samples().forEach((request, samples) -> log("  N=%,d %s: median %.1f ms, p95 %.1f ms".formatted(size,
        request.label, samples.median(), samples.p95())));
  }

  private static double secondsSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }

  static void log(String message) {
    System.out.printf("[%s] %s%n", LocalTime.now(ZoneOffset.UTC).format(CLOCK), message);
  }
}
