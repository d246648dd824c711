package org.alliancecompass.benchmark;

import static org.alliancecompass.benchmark.BenchmarkApplication.PARTNERS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Collects the figures of every run and renders them as one Markdown table: each figure the
 * median over the runs (a latency's 95th percentile: the median of the runs' 95th percentiles),
 * with its unit, its N, the target it is held to, and the one-minute load averages seen when its
 * runs ended. The figures of each run follow the table.
 */
final class BenchmarkReport {

  private static final double BURST_RATIO = 1.3;
  private static final double BURST_SECONDS_H2 = 300;
  private static final double QUERY_P95_MS = 100;
  private static final double QUERY_RATIO = 1.5;
  private static final double COMPLETION_P95_MS = 150;
  private static final double STARTUP_SECONDS = 15;

  private record Timed(double seconds, double loadAverage) {
  }

  private record Memory(MemoryUse use, double loadAverage) {
  }

  private final BenchmarkSettings settings;
  private final String database;
  private final String loadBefore;
  private final OffsetDateTime started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  private final List<Timed> firstStarts = new ArrayList<>();
  private final Map<Integer, List<Timed>> restarts = new TreeMap<>();
  private final Map<Integer, Map<Flavour, List<ReviewBurst.Result>>> bursts = new TreeMap<>();
  private final List<Memory> memory = new ArrayList<>();
  private final List<TaskListQueries.Result> queries = new ArrayList<>();
  private final List<AssessmentCompletions.Result> completions = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<Integer, PortfolioRequests.Result> portfolio = new TreeMap<>();
  private final Map<Integer, MemoryUse> portfolioMemory = new TreeMap<>();

  BenchmarkReport(BenchmarkSettings settings, String database, String loadBefore) {
    this.settings = settings;
    this.database = database;
    this.loadBefore = loadBefore;
  }

  void firstStart(double seconds, double loadAverage) {
    firstStarts.add(new Timed(seconds, loadAverage));
  }

  void restart(int size, double seconds, double loadAverage) {
    restarts.computeIfAbsent(size, s -> new ArrayList<>()).add(new Timed(seconds, loadAverage));
  }

  void burst(ReviewBurst.Result result) {
    bursts.computeIfAbsent(result.alliances(), s -> new EnumMap<>(Flavour.class))
        .computeIfAbsent(result.flavour(), f -> new ArrayList<>()).add(result);
  }

  void memory(MemoryUse use, double loadAverage) {
    memory.add(new Memory(use, loadAverage));
  }

  void queries(TaskListQueries.Result result) {
    queries.add(result);
  }

  void completions(AssessmentCompletions.Result result) {
    completions.add(result);
  }

  void portfolio(PortfolioRequests.Result result) {
    portfolio.put(result.alliances(), result);
  }

  /** The memory at this size, after the bursts, every review open, before the portfolio's requests. */
  void portfolioMemory(int size, MemoryUse use) {
    portfolioMemory.put(size, use);
  }

  void note(String note) {
    notes.add(note);
  }

  String render(String loadAfter) {
    StringBuilder out = new StringBuilder();
    out.append("## Review burst benchmark, ").append(started).append("\n\n");
    out.append("- Database: ").append(database).append('\n');
    out.append("- Machine: ").append(machine()).append('\n');
    out.append("- Application JVM: `").append(settings.jvmOptions()).append("`, Java ")
        .append(System.getProperty("java.version")).append('\n');
    if (!settings.appArguments().isEmpty()) {
      out.append("- Application arguments beyond application.yaml: `").append(String.join(" ", settings.appArguments()))
          .append("`\n");
    }
    out.append("- Each figure: median of ").append(settings.runs()).append(" runs")
        .append(settings.largestRuns() == settings.runs() ? "" : " (N=%,d: %d)".formatted(settings.largest(),
            settings.largestRuns()))
        .append(" (p95: median of the runs' p95); ")
        .append(settings.warmUp()).append(" alliances and ").append(settings.warmUp())
        .append(" bare-engine instances reviewed as warm-up before each run's bursts\n");
    out.append("- Load average (1, 5, 15 min) before: ").append(loadBefore).append("; after: ").append(loadAfter)
        .append(". The load column: one-minute load when each run of the figure ended (the benchmark's own "
            + "application and client add up to about 2)\n\n");

    out.append("| Measure | N | Product | Bare engine | Product / bare | Target | Met | Load (1 min) |\n");
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    List<String> rows = new ArrayList<>();
    List<String> runs = new ArrayList<>();
    bursts.forEach((size, results) -> burstRows(size, results, rows, runs));
    queryRows(rows, runs);
    completionRows(rows, runs);
    startupRows(rows, runs);
    memoryRow(rows);
    out.append(String.join("", rows));

    portfolioTable(out);

    out.append("\n### Each run\n\n");
    out.append(String.join("", runs));
    if (!notes.isEmpty()) {
      out.append("\n### Notes\n\n");
      notes.forEach(note -> out.append("- ").append(note).append('\n'));
    }
    return out.toString();
  }

  private void burstRows(int size, Map<Flavour, List<ReviewBurst.Result>> results, List<String> rows,
      List<String> runs) {
    List<ReviewBurst.Result> product = results.getOrDefault(Flavour.PRODUCT, List.of());
    List<ReviewBurst.Result> baseline = results.getOrDefault(Flavour.BASELINE, List.of());
    if (product.isEmpty() || baseline.isEmpty()) {
      return;
    }
    double productSeconds = median(product, ReviewBurst.Result::seconds);
    double baselineSeconds = median(baseline, ReviewBurst.Result::seconds);
    double ratio = productSeconds / baselineSeconds;
    boolean h2 = settings.database() == BenchmarkSettings.Database.H2;
    boolean met = ratio <= BURST_RATIO && (!h2 || size < 10_000 || productSeconds < BURST_SECONDS_H2);
    String target = "ratio ≤ " + BURST_RATIO + (h2 && size >= 10_000 ? "; < 300 s on H2" : "");
    rows.add(row("Review burst: seconds until every review has started and every assessment task exists "
            + "(reviews per second)",
        "%,d alliances, %,d tasks".formatted(size, size * PARTNERS),
        "%.1f s (%.1f /s)".formatted(productSeconds, size / productSeconds),
        "%.1f s (%.1f /s)".formatted(baselineSeconds, size / baselineSeconds),
        "%.2f".formatted(ratio), target, met, burstLoads(product, baseline)));
    for (int i = 0; i < Math.max(product.size(), baseline.size()); i++) {
      runs.add("- Burst N=%,d run %d: product %s, bare engine %s%n".formatted(size, i + 1,
          i < product.size() ? burstRun(product.get(i)) : "-", i < baseline.size() ? burstRun(baseline.get(i)) : "-"));
    }
  }

  private static String burstRun(ReviewBurst.Result result) {
    return "%.1f s (first review after %.1f s)".formatted(result.seconds(), result.secondsToFirstReview());
  }

  private void queryRows(List<String> rows, List<String> runs) {
    if (queries.isEmpty()) {
      return;
    }
    int size = settings.largest();
    for (TaskListQueries.Kind kind : TaskListQueries.Kind.values()) {
      Function<Flavour, List<Samples>> samples = flavour -> queries.stream()
          .map(result -> result.queries().get(kind).get(flavour)).toList();
      double productMedian = medianOf(samples.apply(Flavour.PRODUCT), Samples::median);
      double productP95 = medianOf(samples.apply(Flavour.PRODUCT), Samples::p95);
      double baselineMedian = medianOf(samples.apply(Flavour.BASELINE), Samples::median);
      double baselineP95 = medianOf(samples.apply(Flavour.BASELINE), Samples::p95);
      double ratio = productP95 / baselineP95;
      rows.add(row("Task list, " + kind.label() + ": a representative's tasks (offered to them or their group), newest first, "
              + TaskListQueries.PAGE + " a page, authorizations on (ms)",
          "%,d open tasks per flavour, pages of %d tasks; %d queries per run".formatted(
              (size + settings.warmUp()) * PARTNERS, fewestListed(), samples.apply(Flavour.PRODUCT).get(0).count()),
          "median %.1f, p95 %.1f".formatted(productMedian, productP95),
          "median %.1f, p95 %.1f".formatted(baselineMedian, baselineP95),
          "median %.2f, p95 %.2f".formatted(productMedian / baselineMedian, ratio),
          "p95 < " + (int) QUERY_P95_MS + " ms and ≤ " + QUERY_RATIO + "× bare", productP95 < QUERY_P95_MS
              && ratio <= QUERY_RATIO, loads(queries, TaskListQueries.Result::loadAverage)));
    }
    List<Samples> noOp = queries.stream().map(TaskListQueries.Result::authenticatedNoOp).toList();
    rows.add(row("Cheapest authenticated call, GET /engine-rest/engine (HTTP Basic, ms)",
        "%d calls per run".formatted(noOp.get(0).count()),
        "median %.1f, p95 %.1f".formatted(medianOf(noOp, Samples::median), medianOf(noOp, Samples::p95)),
        "", "", "", null, loads(queries, TaskListQueries.Result::loadAverage)));
    for (int i = 0; i < queries.size(); i++) {
      StringBuilder line = new StringBuilder("- Task lists run %d:".formatted(i + 1));
      queries.get(i).queries().forEach((kind, byFlavour) -> byFlavour.forEach((flavour, s) -> line.append(
          " %s %s median %.1f / p95 %.1f ms;".formatted(kind.label(), flavour.label(), s.median(), s.p95()))));
      runs.add(line.append('\n').toString());
    }
  }

  private int fewestListed() {
    return queries.stream().mapToInt(TaskListQueries.Result::fewestListed).min().orElse(0);
  }

  private void completionRows(List<String> rows, List<String> runs) {
    if (completions.isEmpty()) {
      return;
    }
    String load = loads(completions, AssessmentCompletions.Result::loadAverage);
    List<Samples> assessments = completions.stream().map(AssessmentCompletions.Result::assessments).toList();
    List<Samples> objectives = completions.stream().map(AssessmentCompletions.Result::objectiveAchievements).toList();
    List<Samples> handOvers = completions.stream().map(AssessmentCompletions.Result::handOver).toList();
    double assessmentP95 = medianOf(assessments, Samples::p95);
    double objectivesP95 = medianOf(objectives, Samples::p95);
    rows.add(row("Completing a health assessment: partner's submit-form, values as Tasklist sends them (ms)",
        "%d per run, %,d open reviews".formatted(assessments.get(0).count(), settings.largest()),
        "median %.1f, p95 %.1f".formatted(medianOf(assessments, Samples::median), assessmentP95),
        "", "", "p95 < " + (int) COMPLETION_P95_MS + " ms", assessmentP95 < COMPLETION_P95_MS, load));
    rows.add(row("Recording objective achievement after the last partner answered: manager's submit-form, "
            + "runs scoring, review gate (DMN), closing, next review (ms)",
        "%d per run".formatted(objectives.get(0).count()),
        "median %.1f, p95 %.1f".formatted(medianOf(objectives, Samples::median), objectivesP95),
        "", "", "p95 < " + (int) COMPLETION_P95_MS + " ms", objectivesP95 < COMPLETION_P95_MS, load));
    rows.add(row("Last partner's answer until the manager's task exists (asynchronous continuation, ms)",
        "%d per run".formatted(handOvers.get(0).count()),
        "median %.0f, p95 %.0f".formatted(medianOf(handOvers, Samples::median), medianOf(handOvers, Samples::p95)),
        "", "", "", null, load));
    for (int i = 0; i < completions.size(); i++) {
      AssessmentCompletions.Result result = completions.get(i);
      runs.add("- Completions run %d: assessment median %.1f / p95 %.1f ms; objective achievement median %.1f / p95 %.1f ms%n"
          .formatted(i + 1, result.assessments().median(), result.assessments().p95(),
              result.objectiveAchievements().median(), result.objectiveAchievements().p95()));
    }
  }

  private void startupRows(List<String> rows, List<String> runs) {
    if (!firstStarts.isEmpty()) {
      double seconds = median(firstStarts, Timed::seconds);
      rows.add(row("Startup to ready (process start to readiness probe UP), first start on an empty database (s)",
          "%d starts".formatted(firstStarts.size()), "%.1f".formatted(seconds), "", "",
          "< " + (int) STARTUP_SECONDS + " s", seconds < STARTUP_SECONDS, loads(firstStarts, Timed::loadAverage)));
    }
    restarts.forEach((size, timings) -> {
      double seconds = median(timings, Timed::seconds);
      rows.add(row("Startup to ready, restart on the benchmark's database (s)",
          "%,d alliances + %,d bare-engine instances".formatted(size + settings.warmUp(), size + settings.warmUp()),
          "%.1f".formatted(seconds), "", "", "< " + (int) STARTUP_SECONDS + " s", seconds < STARTUP_SECONDS,
          loads(timings, Timed::loadAverage)));
    });
    firstStarts.forEach(timed -> runs.add("- First start: %.1f s%n".formatted(timed.seconds())));
    restarts.forEach((size, timings) -> timings.forEach(timed ->
        runs.add("- Restart N=%,d: %.1f s%n".formatted(size, timed.seconds()))));
  }

  private void memoryRow(List<String> rows) {
    if (memory.isEmpty()) {
      return;
    }
    rows.add(row("Memory after the burst of both flavours: heap in use; after a full collection; resident (MiB)",
        "%,d alliances".formatted(settings.largest()),
        "%.0f; %.0f; %.0f".formatted(median(memory, m -> m.use().heapUsedMib()),
            median(memory, m -> m.use().heapLiveMib()), median(memory, m -> m.use().residentMib())),
        "", "", "", null, loads(memory, Memory::loadAverage)));
  }

  /**
   * Each request at each size (first run of the size): median and p95, and the growth, the
   * largest size's figure over the smallest's. The portfolio's first page and its JSON are held to
   * 1.5 times and a p95 under 300 ms; Tasklist's list to a p95 under 500 ms on H2, 300 ms on PostgreSQL.
   */
  private void portfolioTable(StringBuilder out) {
    if (portfolio.isEmpty()) {
      return;
    }
    List<Integer> sizes = new ArrayList<>(portfolio.keySet());
    int smallest = sizes.get(0);
    int largest = sizes.get(sizes.size() - 1);
    out.append("\n### Growth with the portfolio\n\n");
    out.append("Median and p95 (ms) of ").append(settings.querySamples())
        .append(" requests each, signed in as a manager (the task list: as a partner representative), while every "
            + "review of the portfolio is open; growth: the figure at %,d over the figure at %,d alliances.\n\n"
                .formatted(largest, smallest));
    StringBuilder header = new StringBuilder("| Request |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (int size : sizes) {
      header.append(" %,d alliances |".formatted(size));
      rule.append(" --- |");
    }
    out.append(header).append(" Growth (median; p95) | Target | Met |\n").append(rule).append(" --- | --- | --- |\n");
    boolean h2 = database.startsWith("H2");
    for (PortfolioRequests.Request request : PortfolioRequests.Request.values()) {
      out.append("| ").append(request.label).append(" |");
      for (int size : sizes) {
        Samples samples = portfolio.get(size).samples().get(request);
        out.append(" %.1f; %.1f |".formatted(samples.median(), samples.p95()));
      }
      Samples small = portfolio.get(smallest).samples().get(request);
      Samples large = portfolio.get(largest).samples().get(request);
      double growth = large.median() / small.median();
      double growthP95 = large.p95() / small.p95();
      String target = "";
      Boolean met = null;
      if (request == PortfolioRequests.Request.PORTFOLIO_PAGE || request == PortfolioRequests.Request.PORTFOLIO_API) {
        target = "≤ 1.5×, p95 < 300 ms";
        met = growth <= 1.5 && large.p95() < 300;
      } else if (request == PortfolioRequests.Request.TASKLIST) {
        target = h2 ? "p95 < 500 ms (H2)" : "p95 < 300 ms";
        met = large.p95() < (h2 ? 500 : 300);
      }
      out.append(" %.2f; %.2f | %s | %s |%n".formatted(growth, growthP95, target,
          met == null ? "" : met ? "yes" : "**no**"));
    }
    if (portfolioMemory.keySet().containsAll(sizes)) {
      out.append("| Heap after a full collection (MiB); resident (MiB) |");
      for (int size : sizes) {
        out.append(" %.0f; %.0f |".formatted(portfolioMemory.get(size).heapLiveMib(),
            portfolioMemory.get(size).residentMib()));
      }
      double grown = portfolioMemory.get(largest).heapLiveMib() - portfolioMemory.get(smallest).heapLiveMib();
      out.append(" %+.0f MiB; %+.0f MiB | heap +< 100 MiB | %s |%n".formatted(grown,
          portfolioMemory.get(largest).residentMib() - portfolioMemory.get(smallest).residentMib(),
          grown < 100 ? "yes" : "**no**"));
    }
    out.append("\nLoad (1 min) when each size's requests ended: ").append(String.join(", ", sizes.stream()
        .map(size -> "%,d: %.2f".formatted(size, portfolio.get(size).loadAverage())).toList())).append("\n");
  }

  private static String row(String measure, String n, String product, String baseline, String ratio, String target,
      Boolean met, String load) {
    return "| %s | %s | %s | %s | %s | %s | %s | %s |%n".formatted(measure, n, product, baseline, ratio, target,
        met == null ? "" : met ? "yes" : "**no**", load);
  }

  private static <T> double median(List<T> values, ToDoubleFunction<T> value) {
    return new Samples(values.stream().mapToDouble(value).toArray()).median();
  }

  private static double medianOf(List<Samples> runs, ToDoubleFunction<Samples> statistic) {
    return median(runs, statistic);
  }

  private static String burstLoads(List<ReviewBurst.Result> product, List<ReviewBurst.Result> baseline) {
    DoubleSummaryStatistics loads = new DoubleSummaryStatistics();
    product.forEach(result -> loads.accept(result.loadAverage()));
    baseline.forEach(result -> loads.accept(result.loadAverage()));
    return range(loads);
  }

  private static <T> String loads(List<T> values, ToDoubleFunction<T> load) {
    return range(values.stream().mapToDouble(load).summaryStatistics());
  }

  private static String range(DoubleSummaryStatistics loads) {
    return loads.getMin() == loads.getMax() ? "%.2f".formatted(loads.getMin())
        : "%.2f–%.2f".formatted(loads.getMin(), loads.getMax());
  }

  static String machine() {
    String cpu = firstLine(Path.of("/proc/cpuinfo"), "model name").map(line -> line.replaceAll(".*:\\s*", ""))
        .orElse("unknown CPU");
    String memory = firstLine(Path.of("/proc/meminfo"), "MemTotal")
        .map(line -> "%.0f GiB".formatted(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0))
        .orElse("unknown memory");
    return "%d cores (%s), %s, %s".formatted(Runtime.getRuntime().availableProcessors(), cpu, memory,
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  private static Optional<String> firstLine(Path file, String prefix) {
    try {
      return Files.readAllLines(file).stream().filter(line -> line.startsWith(prefix)).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
