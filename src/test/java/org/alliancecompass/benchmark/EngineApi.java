package org.alliancecompass.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.alliancecompass.support.Rest;

/**
 * The engine REST API as the benchmark's administrator uses it: to set up the baseline, to hold
 * and release the review timers, and to watch what the engine does. An administrator
 * ({@code camunda-admin}) is not subject to authorization checks, so watching costs the engine
 * as little as it can.
 */
final class EngineApi {

  /** How the engine REST API writes and reads dates. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final Rest admin;

  EngineApi(String baseUrl, String adminPassword) {
    this.admin = Rest.to(baseUrl).as("admin", adminPassword);
  }

  /** Deploys a model of the benchmark's own ({@code src/test/resources/benchmark/}). */
  void deploy(String resource) {
    ok(admin.postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", "benchmark-baseline", "deployment-source", "benchmark"), resource,
        classpathText("benchmark/" + resource)));
  }

  /** Creates a user in a group, as an administrator does in the Admin webapp. */
  void createUser(String id, String password, String group) {
    ok(admin.post("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", id, "firstName", "Benchmark", "lastName", "User", "email", id + "@example.org"),
        "credentials", Map.of("password", password))));
    ok(admin.put("/engine-rest/group/" + group + "/members/" + id, Map.of()));
  }

  /** Starts a baseline lifecycle waiting at its review timer, due at {@code due}. */
  void startBaseline(String businessKey, Instant due, List<String> partnerGroups) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("nextReviewDue", Map.of("type", "Date", "value", date(due)));
    variables.put("partnerGroups", Map.of("type", "Object", "value", json(partnerGroups),
        "valueInfo", Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json")));
    ok(admin.post("/engine-rest/process-definition/key/" + Flavour.BASELINE.lifecycleKey() + "/start",
        Map.of("businessKey", businessKey, "variables", variables)));
  }

  /**
   * Suspends or activates every job of a process, and the job definitions, so that jobs created
   * later follow. A suspended timer is never picked up, however due; activating all at once in
   * one transaction makes every review due at the same moment.
   */
  void suspendJobs(String processKey, boolean suspended) {
    ok(admin.put("/engine-rest/job-definition/suspended",
        Map.of("processDefinitionKey", processKey, "suspended", suspended, "includeJobs", true)));
  }

  /**
   * Ids of up to {@code count} held review timers of the flavour (both flavours' review timer is {@code Event_ReviewDue}; a
   * lifecycle holds other timers too, such as its agreement's notice date).
   */
  List<String> suspendedJobs(String processKey, int count) {
    return ok(admin.get("/engine-rest/job?suspended=true&activityId=" + REVIEW_TIMER + "&processDefinitionKey="
        + processKey + "&firstResult=0&maxResults=" + count)).ids();
  }

  static final String REVIEW_TIMER = "Event_ReviewDue";

  long activeJobs(String processKey) {
    return count("/engine-rest/job/count?active=true&processDefinitionKey=" + processKey);
  }

  void activateJob(String jobId) {
    ok(admin.put("/engine-rest/job/" + jobId + "/suspended", Map.of("suspended", false)));
  }

  long tasks(String processKey) {
    return count("/engine-rest/task/count?processDefinitionKey=" + processKey);
  }

  long processInstances(String processKey) {
    return count("/engine-rest/process-instance/count?processDefinitionKey=" + processKey);
  }

  /** Jobs that failed at least once (an exception recorded), of any process. */
  long failedJobs() {
    return count("/engine-rest/job/count?withException=true");
  }

  long incidents() {
    return count("/engine-rest/incident/count");
  }

  /** When the newest open task of a process was created, by the engine's clock. */
  Instant lastTaskCreated(String processKey) {
    JsonNode tasks = ok(admin.get("/engine-rest/task?processDefinitionKey=" + processKey
        + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=1")).json();
    return OffsetDateTime.parse(tasks.get(0).path("created").asText(), DATE).toInstant();
  }

  /**
   * When the first instance of a process started at or after {@code after} began, by the engine's
   * clock (history): how long the job executor took to notice that the timers fell due.
   */
  Instant firstStartedAfter(String processKey, Instant after) {
    JsonNode instances = ok(admin.get("/engine-rest/history/process-instance?processDefinitionKey=" + processKey
        + "&startedAfter=" + java.net.URLEncoder.encode(date(after), StandardCharsets.UTF_8)
        + "&sortBy=startTime&sortOrder=asc&firstResult=0&maxResults=1")).json();
    return OffsetDateTime.parse(instances.get(0).path("startTime").asText(), DATE).toInstant();
  }

  /** Ids of up to {@code count} running instances of a process. */
  List<String> processInstanceIds(String processKey, int count) {
    return ok(admin.get("/engine-rest/process-instance?processDefinitionKey=" + processKey
        + "&firstResult=0&maxResults=" + count)).ids();
  }

  /** Ids of the running instances of a process for one business key (an alliance's reference). */
  List<String> processInstanceIds(String processKey, String businessKey) {
    return ok(admin.get("/engine-rest/process-instance?processDefinitionKey=" + processKey + "&businessKey="
        + java.net.URLEncoder.encode(businessKey, StandardCharsets.UTF_8))).ids();
  }

  /** Whether a process instance still runs. */
  boolean running(String processInstanceId) {
    return count("/engine-rest/process-instance/count?processInstanceIds=" + processInstanceId) > 0;
  }

  /** The open tasks of an element in one process instance. */
  List<String> tasksOf(String processInstanceId, String taskDefinitionKey) {
    return ok(admin.get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskDefinitionKey)).ids();
  }

  /** The candidate group a task is offered to. */
  String candidateGroup(String taskId) {
    JsonNode links = ok(admin.get("/engine-rest/task/" + taskId + "/identity-links?type=candidate")).json();
    return links.get(0).path("groupId").asText();
  }

  /** Who a task is for: its assignee (a health assessment is each respondent's own), or null. */
  String assignee(String taskId) {
    JsonNode assignee = ok(admin.get("/engine-rest/task/" + taskId)).json().path("assignee");
    return assignee.isTextual() ? assignee.asText() : null;
  }

  String filterId(String name) {
    return ok(admin.get("/engine-rest/filter?name=" + name.replace(" ", "%20"))).ids().get(0);
  }

  /** Waits until {@code condition} holds, checking every {@code interval}; false if it never did. */
  static boolean await(Duration timeout, Duration interval, BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      sleep(interval);
    }
    return condition.getAsBoolean();
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  static String date(Instant instant) {
    return DATE.format(instant.atOffset(ZoneOffset.UTC));
  }

  private long count(String path) {
    return ok(admin.get(path)).json().path("count").asLong();
  }

  /** The answer, if it is a success (2xx); otherwise the benchmark cannot go on. */
  static Rest.Response ok(Rest.Response response) {
    if (response.status() / 100 != 2) {
      throw new IllegalStateException("The engine REST API answered " + response);
    }
    return response;
  }

  private static String json(List<String> values) {
    return values.stream().map(value -> "\"" + value + "\"").reduce((a, b) -> a + "," + b)
        .map(joined -> "[" + joined + "]").orElse("[]");
  }

  private static String classpathText(String resource) {
    try (InputStream in = EngineApi.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("No " + resource + " on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
