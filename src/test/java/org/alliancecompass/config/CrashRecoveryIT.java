package org.alliancecompass.config;

import static org.alliancecompass.support.Sql.countBy;
import static org.alliancecompass.support.Sql.number;
import static org.alliancecompass.support.Sql.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.EmbeddedPostgresDatabase;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.Simulation;
import org.alliancecompass.support.TestFolders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The application killed ({@code kill -9}) while the job executor starts many reviews that fell due
 * together, and started again on the same database: each review is started in one transaction with
 * its {@code review} row and its partners' tasks, so a review is either wholly there or not at
 * all, and the restart starts exactly the ones that are not.
 *
 * <p>The killed node's job locks hold the jobs it had taken until they expire
 * ({@code lock-time-in-millis}, a minute in {@code application.yaml}); the test shortens that to
 * about a restart's time, so the restarted node finds them free. Should a machine start all the
 * reviews before the kill lands, the crash proved nothing and is tried again on a fresh database.
 */
@DisplayName("A crash while many reviews are starting")
class CrashRecoveryIT {

  static final int ALLIANCES = 150;
  static final String SHORT_JOB_LOCKS = "--camunda.bpm.job-execution.lock-time-in-millis=15000";
  private static final int MAX_ATTEMPTS = 3;

  /** How a test opens its database (the H2 file only when no application has it open). */
  interface Database {
    Connection connect() throws SQLException;
  }

  @Test
  @DisplayName("on the embedded H2 file: after a restart every alliance has exactly one review and every partner one assessment")
  void onH2() throws SQLException {
    crashAndRestart("crash-h2", "simulation", attempt -> {
      Path data = TestFolders.fresh("crash-h2-data-" + attempt);
      String url = "jdbc:h2:file:" + data.resolve("alliance-compass");
      return new Attempt(Map.of("ALLIANCE_DATA_DIR", data.toString(), "ALLIANCE_ADMIN_PASSWORD", Simulation.ADMIN_PASSWORD),
          () -> DriverManager.getConnection(url, "sa", ""));
    }, false);
  }

  @Test
  @DisplayName("on PostgreSQL: after a restart every alliance has exactly one review and every partner one assessment")
  void onPostgres() throws SQLException {
    try (EmbeddedPostgresDatabase postgres = EmbeddedPostgresDatabase.start()) {
      crashAndRestart("crash-postgres", "postgres,simulation", attempt -> {
        String name = "crash" + attempt;
        return new Attempt(Map.of(
            "ALLIANCE_DB_URL", postgres.createDatabase(name, "alliance", "Database-Secret-2026!"),
            "ALLIANCE_DB_USER", "alliance",
            "ALLIANCE_DB_PASSWORD", "Database-Secret-2026!",
            "ALLIANCE_ADMIN_PASSWORD", Simulation.ADMIN_PASSWORD), () -> postgres.connect(name));
      }, true);
    }
  }

  /** One try at a crash mid-burst: the application's environment, and its database, fresh. */
  record Attempt(Map<String, String> environment, Database database) {
  }

  /** A fresh attempt, numbered from 1. */
  interface Attempts {
    Attempt fresh(int attempt);
  }

  /**
   * @param durable whether every commit the application confirmed survives a {@code kill -9}: so on
   *     PostgreSQL; the embedded H2 file can lose its last commits (measured here: reviews the REST
   *     API had shown started were gone), which the restart then starts again, exactly once
   */
  private static void crashAndRestart(String name, String profiles, Attempts attempts, boolean durable)
      throws SQLException {
    // given: the alliances' reviews are all due by the time the job executor starts
    String[] arguments = Simulation.arguments(profiles, ALLIANCES, Duration.ofSeconds(1), SHORT_JOB_LOCKS);
    Attempt attempt = null;
    long startedAtKill = ALLIANCES;
    // when: killed as soon as the first reviews have started; should every review have started
    // before the kill landed (a machine much faster than this one), the crash proved nothing and is tried again
    for (int number = 1; number <= MAX_ATTEMPTS && startedAtKill >= ALLIANCES; number++) {
      attempt = attempts.fresh(number);
      AppProcess first = AppProcess.launch(name + "-first-" + number, attempt.environment(), arguments);
      long seenStarted = awaitFirstReviews(first);
      first.kill();
      try (Connection connection = attempt.database().connect()) {
        startedAtKill = number(connection, "select count(*) from review");
        long locked = number(connection, "select count(*) from act_ru_job where lock_owner_ is not null");
        System.out.printf("%s, attempt %d: killed with %d of %d reviews started (%d seen through the REST API), %d "
            + "jobs locked by the dead node%n", name, number, startedAtKill, ALLIANCES, seenStarted, locked);
      }
      if (durable) {
        assertThat(startedAtKill).as("reviews in the database after the kill: at least those the application had "
            + "shown started").isGreaterThanOrEqualTo(seenStarted);
      }
    }
    assertThat(startedAtKill).as("reviews started when the application was killed, in each of " + MAX_ATTEMPTS
        + " attempts: the crash must come in the middle").isLessThan(ALLIANCES);
    Map<String, String> environment = attempt.environment();
    Database database = attempt.database();

    // then: restarted on the same database, it starts the others, and none twice
    Map<String, Long> reviewInstances;
    Map<String, String> runningReviews;
    Map<String, Map<String, Long>> openAssessments;
    long reviewTimersLeft;
    try (AppProcess restarted = AppProcess.start(name + "-restarted", environment, arguments)) {
      Rest admin = Simulation.admin(restarted);
      Simulation.awaitReviewsRunning(admin, running -> running >= ALLIANCES, Duration.ofMinutes(3));
      reviewTimersLeft = admin.get("/engine-rest/job/count?activityId=Event_ReviewDue").json().path("count").asLong();
      reviewInstances = Simulation.reviewsStartedPerAlliance(admin);
      runningReviews = Simulation.runningReviews(admin);
      openAssessments = Simulation.openAssessments(admin);
      // the H2 file is open in one process at a time
      restarted.stop();
    }
    Map<String, Long> reviewRows;
    Map<String, String> reviewRowInstances = new TreeMap<>();
    Map<String, Map<String, Long>> partners = new TreeMap<>();
    try (Connection connection = database.connect()) {
      reviewRows = countBy(connection, "select alliance_reference, count(*) from review group by alliance_reference");
      for (List<Object> row : rows(connection, "select alliance_reference, process_instance_id from review")) {
        reviewRowInstances.put((String) row.get(0), (String) row.get(1));
      }
      for (List<Object> row : rows(connection,
          "select alliance_reference, organisation_id from alliance_partner where status = 'ACTIVE'")) {
        partners.computeIfAbsent((String) row.get(0), reference -> new TreeMap<>()).put((String) row.get(1), 1L);
      }
    }

    Map<String, Long> onceEach = new TreeMap<>();
    for (int i = 0; i < ALLIANCES; i++) {
      onceEach.put(Simulation.reference(i), 1L);
    }
    assertThat(reviewTimersLeft).as("review timers still waiting").isZero();
    assertThat(reviewInstances).as("alliance-review instances ever started, per alliance").isEqualTo(onceEach);
    assertThat(reviewRows).as("review rows per alliance").isEqualTo(onceEach);
    assertThat(reviewRowInstances).as("each review row belongs to its alliance's running review")
        .isEqualTo(invert(runningReviews));
    assertThat(partners).hasSize(ALLIANCES);
    assertThat(openAssessments).as("open health assessments per alliance and partner organisation").isEqualTo(partners);
  }

  /**
   * Watches the count of running reviews from the moment the REST API answers (before the
   * application is ready: the job executor starts when it is, and on PostgreSQL 150 reviews take
   * about a second), and returns how many there are once there are any.
   */
  private static long awaitFirstReviews(AppProcess app) {
    Rest admin = Simulation.admin(app);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!app.isAlive()) {
        throw new AssertionError("The application ended before starting any review; see " + app.log().lines()
            .reduce((first, second) -> second).orElse("its log"));
      }
      try {
        Rest.Response count = admin.get("/engine-rest/process-instance/count?processDefinitionKey=" + Simulation.REVIEW);
        if (count.status() == 200 && count.json().path("count").asLong() > 0) {
          return count.json().path("count").asLong();
        }
      } catch (UncheckedIOException notListeningYet) {
        // the web server starts after the engine; keep looking
      }
      pause(Duration.ofMillis(20));
    }
    throw new AssertionError("No review started within 3 minutes");
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> invert(Map<String, String> map) {
    Map<String, String> inverted = new HashMap<>();
    map.forEach((key, value) -> inverted.put(value, key));
    return new TreeMap<>(inverted);
  }
}
