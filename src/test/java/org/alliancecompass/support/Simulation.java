package org.alliancecompass.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code simulation} profile as the reliability tests run it: many active alliances, three
 * partners each drawn from the organisations {@code sim-org-1..30} (one representative each,
 * {@code sim-rep-1..30}), every lifecycle waiting at its review timer. And what the tests ask the
 * engine REST API about those alliances, as an administrator: how many reviews have started, how
 * many per alliance, and whose health assessments are open.
 */
public final class Simulation {

  /** Meets the password policy of the {@code postgres} profile, so one value serves every database. */
  public static final String ADMIN_PASSWORD = "Compass-Keeper-2026!";
  /**
   * Meets the password policy too, which also refuses a password holding the user's name: the
   * simulated representatives' last names are their numbers 1 to 30, so its only digit is a 0.
   */
  public static final String USER_PASSWORD = "Simulated-Partner-0!";
  /** The pool of organisations the profile draws partners from (its default). */
  public static final int ORGANISATIONS = 30;
  public static final String REVIEW = "alliance-review";
  public static final String ASSESSMENT = "Task_AssessPartnerHealth";

  private static final Duration POLL = Duration.ofMillis(100);
  /** Far more than any query of these tests returns, and within any sensible query limit. */
  private static final int PAGE = 1000;

  private Simulation() {
  }

  /**
   * The arguments of a simulated start: these profiles, {@code alliances} alliances whose reviews
   * fall due {@code reviewsDueIn} after the portfolio is created, and any further arguments.
   */
  public static String[] arguments(String profiles, int alliances, Duration reviewsDueIn, String... more) {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=" + profiles,
        "--alliance.simulation.alliances=" + alliances,
        "--alliance.simulation.organisations=" + ORGANISATIONS,
        "--alliance.simulation.reviews-due-in=" + reviewsDueIn,
        "--alliance.simulation.user-password=" + USER_PASSWORD));
    arguments.addAll(List.of(more));
    return arguments.toArray(String[]::new);
  }

  public static String reference(int index) {
    return "ALL-SIM-%05d".formatted(index + 1);
  }

  /** The representative of a simulated organisation: {@code sim-org-7} has {@code sim-rep-7}. */
  public static String representativeOf(String organisation) {
    return organisation.replace("sim-org-", "sim-rep-");
  }

  public static Rest admin(AppProcess app) {
    return Rest.to(app.baseUrl()).as("admin", ADMIN_PASSWORD);
  }

  public static Rest user(AppProcess app, String user) {
    return Rest.to(app.baseUrl()).as(user, USER_PASSWORD);
  }

  /** Reviews running now, by {@code GET /engine-rest/process-instance/count}. */
  public static long reviewsRunning(Rest admin) {
    Rest.Response count = admin.get("/engine-rest/process-instance/count?processDefinitionKey=" + REVIEW);
    if (count.status() != 200) {
      throw new AssertionError("Cannot count reviews: " + count);
    }
    return count.json().path("count").asLong();
  }

  /** Polls the number of running reviews until it satisfies {@code until}; returns that number. */
  public static long awaitReviewsRunning(Rest admin, LongPredicate until, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    long running = reviewsRunning(admin);
    while (!until.test(running)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Reviews running after " + timeout.toSeconds() + " s: " + running);
      }
      pause();
      running = reviewsRunning(admin);
    }
    return running;
  }

  /** Every review ever started (running or not), counted per alliance, from the engine's history. */
  public static Map<String, Long> reviewsStartedPerAlliance(Rest admin) {
    Map<String, Long> perAlliance = new TreeMap<>();
    list(admin, "/engine-rest/history/process-instance?processDefinitionKey=" + REVIEW)
        .forEach(review -> perAlliance.merge(review.path("businessKey").asText(), 1L, Long::sum));
    return perAlliance;
  }

  /** The running review of each alliance: alliance reference by review process instance id. */
  public static Map<String, String> runningReviews(Rest admin) {
    Map<String, String> byInstance = new HashMap<>();
    list(admin, "/engine-rest/process-instance?processDefinitionKey=" + REVIEW)
        .forEach(review -> byInstance.put(review.path("id").asText(), review.path("businessKey").asText()));
    return byInstance;
  }

  /**
   * The open health assessments, counted per alliance and partner organisation (the task's
   * candidate group), asked organisation by organisation.
   */
  public static Map<String, Map<String, Long>> openAssessments(Rest admin) {
    Map<String, String> reviews = runningReviews(admin);
    Map<String, Map<String, Long>> open = new TreeMap<>();
    for (int i = 1; i <= ORGANISATIONS; i++) {
      String organisation = "sim-org-" + i;
      // each organisation's one representative answers their own assessment
      for (JsonNode task : list(admin, "/engine-rest/task?taskDefinitionKey=" + ASSESSMENT + "&assignee="
          + representativeOf(organisation))) {
        String alliance = reviews.getOrDefault(task.path("processInstanceId").asText(), "outside a running review");
        open.computeIfAbsent(alliance, key -> new TreeMap<>()).merge(organisation, 1L, Long::sum);
      }
    }
    return open;
  }

  /** The health assessment of one organisation in one alliance's running review, as its representative sees it. */
  public static List<JsonNode> assessmentsOf(Rest user, String reference) {
    return list(user, "/engine-rest/task?taskDefinitionKey=" + ASSESSMENT + "&processInstanceBusinessKey="
        + URLEncoder.encode(reference, StandardCharsets.UTF_8));
  }

  private static List<JsonNode> list(Rest rest, String path) {
    Rest.Response response = rest.get(path + "&firstResult=0&maxResults=" + PAGE);
    if (response.status() != 200) {
      throw new AssertionError("GET " + path + ": " + response);
    }
    List<JsonNode> items = new ArrayList<>();
    response.json().forEach(items::add);
    if (items.size() == PAGE) {
      throw new AssertionError("More than " + PAGE + " results for " + path + ": raise the page size");
    }
    return items;
  }

  private static void pause() {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
