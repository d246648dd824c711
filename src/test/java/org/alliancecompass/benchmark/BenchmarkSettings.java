package org.alliancecompass.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one run of the benchmark does, from {@code benchmark.*} system properties (the Maven
 * profile {@code benchmark} passes on what is given to {@code mvn} with {@code -D}; the README
 * lists them).
 *
 * @param database where the application keeps its data: the embedded H2 file database, or PostgreSQL
 * @param sizes the numbers of active alliances whose reviews fall due at once, smallest first
 * @param runs how many times each figure is measured, each time in a fresh application on a fresh
 *     copy of the database; the table shows the median
 * @param largestRuns the runs of the largest size (by default {@code runs}): fewer when a full run of
 *     the largest size would take too long on the machine at hand; the table says how many
 * @param warmUp alliances (and bare-engine instances) reviewed before the measured burst, in the
 *     same application, so that the burst is not also the JIT compiler's first sight of the code
 * @param querySamples measured task-list queries per kind, flavour and run
 * @param completionReviews reviews completed per run (three partners' assessments and the
 *     manager's objective achievement each)
 * @param jvmOptions the application's JVM options ({@code JAVA_TOOL_OPTIONS})
 * @param appArguments further {@code --property=value} arguments of the application, separated by
 *     spaces: to try a setting (e.g. of the job executor) before it goes into {@code application.yaml}
 * @param externalPostgres a PostgreSQL server to use instead of an embedded one
 */
record BenchmarkSettings(
    Database database,
    List<Integer> sizes,
    int runs,
    int largestRuns,
    int warmUp,
    int querySamples,
    int completionReviews,
    String jvmOptions,
    List<String> appArguments,
    Optional<ExternalPostgres> externalPostgres) {

  /**
   * As the Docker image runs it in a container with 2 GiB of memory: its heap at 75 % of that
   * ({@code -XX:MaxRAMPercentage=75}), the JVM's default collector (G1) and both JIT compilers,
   * not the tests' quick-start flags.
   */
  static final String PRODUCTION_LIKE_JVM = "-Xmx1536m -XX:+ExitOnOutOfMemoryError";

  /** The embedded H2 file database of the default run, or PostgreSQL as in production. */
  enum Database {
    H2("H2 file database (embedded)"),
    POSTGRES("PostgreSQL");

    private final String label;

    Database(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * A PostgreSQL server of one's own: {@code url} names any database on it (e.g.
   * {@code jdbc:postgresql://db:5432/postgres}); {@code user} may create databases. The benchmark
   * creates its databases ({@code alliance_benchmark_*}) beside it, owned by that user, and drops
   * them when done.
   */
  record ExternalPostgres(String url, String user, String password) {
  }

  static BenchmarkSettings fromSystemProperties() {
    Database database = Database.valueOf(property("benchmark.database", "h2").toUpperCase());
    List<Integer> sizes = Arrays.stream(property("benchmark.sizes", "1000,10000").split(","))
        .map(String::trim).map(Integer::valueOf).sorted().toList();
    Optional<ExternalPostgres> external = Optional.of(property("benchmark.postgres.url", ""))
        .filter(url -> !url.isBlank())
        .map(url -> new ExternalPostgres(url, property("benchmark.postgres.user", "postgres"),
            property("benchmark.postgres.password", "")));
    int runs = Integer.parseInt(property("benchmark.runs", "3"));
    BenchmarkSettings settings = new BenchmarkSettings(database, sizes, runs,
        Integer.parseInt(property("benchmark.largest-runs", Integer.toString(runs))),
        Integer.parseInt(property("benchmark.warm-up", "100")),
        Integer.parseInt(property("benchmark.query-samples", "200")),
        Integer.parseInt(property("benchmark.completion-reviews", "100")),
        property("benchmark.jvm-options", PRODUCTION_LIKE_JVM),
        Arrays.stream(property("benchmark.app-arguments", "").split("\\s+")).filter(arg -> !arg.isBlank()).toList(),
        external);
    if (settings.runs() < 1 || settings.largestRuns() < 1 || sizes.isEmpty() || sizes.get(0) < 1) {
      throw new IllegalArgumentException("benchmark.runs and every size in benchmark.sizes must be at least 1");
    }
    return settings;
  }

  /** The largest size: the queries, completions and heap are measured on its database. */
  int largest() {
    return sizes.get(sizes.size() - 1);
  }

  /** How many runs measure {@code size}. */
  int runsOf(int size) {
    return size == largest() ? largestRuns : runs;
  }

  /** A property, or its default when not given or given empty (as Maven passes an unset one). */
  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
