package org.alliancecompass.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.EmbeddedPostgresDatabase;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.Simulation;
import org.alliancecompass.support.TestFolders;

/**
 * Recovery after {@code kill -9}, measured with the product's own job lock time (no setting of
 * the test's): a node is killed as soon as the first of {@code recovery.alliances} reviews that fell
 * due together have started, and the seconds until every review runs are measured, from the
 * restart (one node, H2 file and PostgreSQL) or from the kill (two nodes on PostgreSQL, the other
 * carrying on). Every review must have started exactly once. Should every review have started
 * before the kill landed, the crash proved nothing and is tried again on a fresh database.
 *
 * <pre>
 * mvn -Pbenchmark verify -Dbenchmark.main=org.alliancecompass.benchmark.RecoveryBenchmark
 * </pre>
 */
public final class RecoveryBenchmark {

  private static final int ALLIANCES = Integer.getInteger("recovery.alliances", 30);
  private static final int ATTEMPTS = 3;
  private static final String PASSWORD = "Recovery-Database-2026!";
  private static final Duration TIMEOUT = Duration.ofMinutes(6);

  /** One try: the nodes' environment on a fresh database. */
  private record Setup(Map<String, String> environment, String profiles) {
  }

  /** What a scenario measured: seconds until every review ran, and whether each started once. */
  private record Outcome(String scenario, String from, int attempt, long startedAtKill, double seconds,
      boolean onceEach) {
  }

  private RecoveryBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    String started = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(oneNode("H2 file, one node restarted", attempt -> {
      Path data = TestFolders.fresh("recovery-h2-" + attempt);
      return new Setup(Map.of("ALLIANCE_DATA_DIR", data.toString(), "ALLIANCE_ADMIN_PASSWORD",
          Simulation.ADMIN_PASSWORD), "simulation");
    }));
    try (EmbeddedPostgresDatabase postgres = EmbeddedPostgresDatabase.start()) {
      IntFunction<Setup> fresh = attempt -> new Setup(Map.of(
          "ALLIANCE_DB_URL", postgres.createDatabase("recovery" + System.nanoTime(), "alliance", PASSWORD),
          "ALLIANCE_DB_USER", "alliance",
          "ALLIANCE_DB_PASSWORD", PASSWORD,
          "ALLIANCE_ADMIN_PASSWORD", Simulation.ADMIN_PASSWORD), "postgres,simulation");
      outcomes.add(oneNode("PostgreSQL, one node restarted", fresh));
      outcomes.add(twoNodes("PostgreSQL, two nodes, one killed", fresh));
    }
    String report = report(started, outcomes);
    System.out.println(report);
    Path out = Path.of("target", "benchmark", "recovery-" + started.replace(":", "") + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    ReviewBurstBenchmark.log("Written to " + out.toAbsolutePath());
  }

  /** Killed mid-burst, then started again on the same database: seconds from the restart until every review runs. */
  private static Outcome oneNode(String scenario, IntFunction<Setup> fresh) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Setup setup = fresh.apply(attempt);
      String[] arguments = Simulation.arguments(setup.profiles(), ALLIANCES, Duration.ofSeconds(1));
      long atKill;
      try (AppProcess first = AppProcess.launch("recovery-first-" + attempt, setup.environment(), arguments)) {
        atKill = killAtFirstReviews(first);
      }
      ReviewBurstBenchmark.log("%s, attempt %d: killed with %d of %d reviews running".formatted(scenario, attempt,
          atKill, ALLIANCES));
      if (atKill >= ALLIANCES) {
        continue;
      }
      long restart = System.nanoTime();
      try (AppProcess again = AppProcess.launch("recovery-again-" + attempt, setup.environment(), arguments)) {
        Rest admin = Simulation.admin(again);
        awaitAnswer(again, admin);
        Simulation.awaitReviewsRunning(admin, running -> running >= ALLIANCES, TIMEOUT);
        double seconds = secondsSince(restart);
        Outcome outcome = new Outcome(scenario, "the restart", attempt, atKill, seconds, onceEach(admin));
        ReviewBurstBenchmark.log("%s: every review running %.1f s after the restart".formatted(scenario, seconds));
        again.stop();
        return outcome;
      }
    }
    return new Outcome(scenario, "the restart", ATTEMPTS, ALLIANCES, Double.NaN, false);
  }

  /** Two nodes; one killed mid-burst: seconds from the kill until every review runs, on the other. */
  private static Outcome twoNodes(String scenario, IntFunction<Setup> fresh) {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Setup setup = fresh.apply(attempt);
      // due once both nodes are up
      try (AppProcess a = AppProcess.start("recovery-node-a-" + attempt, setup.environment(), node(setup, "node-a"));
           AppProcess b = AppProcess.start("recovery-node-b-" + attempt, setup.environment(), node(setup, "node-b"))) {
        long atKill = killAtFirstReviews(a);
        long kill = System.nanoTime();
        ReviewBurstBenchmark.log("%s, attempt %d: node A killed with %d of %d reviews running".formatted(scenario,
            attempt, atKill, ALLIANCES));
        if (atKill >= ALLIANCES) {
          continue;
        }
        Rest admin = Simulation.admin(b);
        Simulation.awaitReviewsRunning(admin, running -> running >= ALLIANCES, TIMEOUT);
        double seconds = secondsSince(kill);
        ReviewBurstBenchmark.log("%s: every review running %.1f s after the kill".formatted(scenario, seconds));
        return new Outcome(scenario, "the kill", attempt, atKill, seconds, onceEach(admin));
      }
    }
    return new Outcome(scenario, "the kill", ATTEMPTS, ALLIANCES, Double.NaN, false);
  }

  private static String[] node(Setup setup, String hostname) {
    return Simulation.arguments(setup.profiles(), ALLIANCES, Duration.ofSeconds(45),
        "--camunda.bpm.generic-properties.properties.hostname=" + hostname);
  }

  /** Watches the running reviews from the moment the REST API answers; kills the node once there are any. */
  private static long killAtFirstReviews(AppProcess app) {
    Rest admin = Simulation.admin(app);
    awaitAnswer(app, admin);
    long running = Simulation.awaitReviewsRunning(admin, count -> count > 0, TIMEOUT);
    app.kill();
    return running;
  }

  private static void awaitAnswer(AppProcess app, Rest admin) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("The application ended; see " + app.log());
      }
      try {
        if (admin.get("/engine-rest/engine").status() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      EngineApi.sleep(Duration.ofMillis(100));
    }
    throw new IllegalStateException("The REST API did not answer within " + TIMEOUT);
  }

  private static boolean onceEach(Rest admin) {
    Map<String, Long> started = Simulation.reviewsStartedPerAlliance(admin);
    return started.size() == ALLIANCES && started.values().stream().allMatch(count -> count == 1);
  }

  private static String report(String started, List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder("## Recovery after kill -9, " + started + "\n\n");
    out.append("- Machine: ").append(BenchmarkReport.machine()).append('\n');
    out.append("- ").append(ALLIANCES).append(" alliances whose reviews fall due together; the job lock time of "
        + "`application.yaml`; a node killed as soon as the first reviews run\n\n");
    out.append("| Scenario | Attempt | Reviews running at the kill | Every review running after | Each started once | "
        + "Target | Met |\n| --- | --- | --- | --- | --- | --- | --- |\n");
    Map<String, String> rows = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      boolean caught = !Double.isNaN(o.seconds());
      rows.put(o.scenario(), "| %s | %d | %d of %d | %s | %s | < 90 s, once each | %s |%n".formatted(o.scenario(),
          o.attempt(), o.startedAtKill(), ALLIANCES, caught ? "%.1f s from %s".formatted(o.seconds(), o.from())
              : "not measured: every review had started before the kill", o.onceEach() ? "yes" : "**no**",
          caught && o.seconds() < 90 && o.onceEach() ? "yes" : "**no**"));
    }
    rows.values().forEach(out::append);
    return out.toString();
  }

  private static double secondsSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e9;
  }
}
