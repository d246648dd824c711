package org.alliancecompass.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.support.AppProcess;

/**
 * Starts the packaged application as the benchmark needs it: the {@code simulation} profile (on
 * PostgreSQL with {@code postgres}), production-like JVM options, and passwords that meet the
 * password policy of the {@code postgres} profile.
 */
final class BenchmarkApplication {

  static final String ADMIN_PASSWORD = "Quarter-End-Root-0!";
  /** Of the simulated partner representatives ({@code sim-rep-1..}) and the benchmark's manager. */
  static final String USER_PASSWORD = "Quarter-End-Review-0!";
  static final String MANAGER = "bench-manager";
  static final int ORGANISATIONS = 30;
  static final int PARTNERS = 3;

  /** Creating ten thousand alliances takes minutes before the application reports itself ready. */
  private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(60);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  private BenchmarkApplication() {
  }

  /**
   * The setting-up start: creates {@code alliances} simulated alliances whose reviews are due at
   * once, with the job executor off, so that nothing runs until the benchmark releases it.
   */
  static AppProcess setUp(String name, BenchmarkDatabase.Instance database, BenchmarkSettings settings,
      int alliances) {
    return AppProcess.launch(name, environment(database, settings), arguments(database, settings, alliances,
        "--camunda.bpm.job-execution.enabled=false")).awaitReady(SETUP_TIMEOUT);
  }

  /** A start as in production: the job executor on, on a database already set up. */
  static AppProcess start(String name, BenchmarkDatabase.Instance database, BenchmarkSettings settings) {
    return AppProcess.launch(name, environment(database, settings), arguments(database, settings, 0))
        .awaitReady(START_TIMEOUT);
  }

  private static Map<String, String> environment(BenchmarkDatabase.Instance database, BenchmarkSettings settings) {
    Map<String, String> environment = new HashMap<>(database.environment());
    environment.put("ALLIANCE_ADMIN_PASSWORD", ADMIN_PASSWORD);
    environment.put("JAVA_TOOL_OPTIONS", settings.jvmOptions());
    return environment;
  }

  private static String[] arguments(BenchmarkDatabase.Instance database, BenchmarkSettings settings, int alliances,
      String... more) {
    List<String> profiles = new ArrayList<>(database.profiles());
    profiles.add("simulation");
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=" + String.join(",", profiles),
        "--alliance.simulation.alliances=" + alliances,
        "--alliance.simulation.organisations=" + ORGANISATIONS,
        "--alliance.simulation.partners-per-alliance=" + PARTNERS,
        "--alliance.simulation.reviews-due-in=PT0S",
        "--alliance.simulation.user-password=" + USER_PASSWORD));
    arguments.addAll(settings.appArguments());
    arguments.addAll(List.of(more));
    return arguments.toArray(String[]::new);
  }

  /** The partner organisations of the {@code index}th alliance (from 0), as the simulation chooses them. */
  static List<String> partnersOf(int index) {
    List<String> groups = new ArrayList<>();
    for (int partner = 0; partner < PARTNERS; partner++) {
      groups.add(organisation((index + partner) % ORGANISATIONS));
    }
    return groups;
  }

  static String organisation(int index) {
    return "sim-org-" + (index + 1);
  }

  /** The representative of a simulated organisation ({@code sim-org-7} is represented by {@code sim-rep-7}). */
  static String representativeOf(String organisation) {
    return organisation.replace("sim-org-", "sim-rep-");
  }
}
