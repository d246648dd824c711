package org.alliancecompass.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Works with the application through the engine REST API only, as Tasklist and other systems
 * do: finds a user's tasks, claims them, and submits a Camunda Form's field values the way
 * Tasklist 7.24 sends them (primitives untyped, lists and objects as {@code Json}). Demo users'
 * passwords are their user ids.
 */
public final class TasklistClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;

  public TasklistClient(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Rest as(String user) {
    return Rest.to(baseUrl).as(user, user);
  }

  /** The open tasks of an element in the processes of an alliance, as this user may see them. */
  public List<JsonNode> tasks(String user, String reference, String taskKey) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceBusinessKey=" + encode(reference)
        + "&taskDefinitionKey=" + taskKey).json();
    List<JsonNode> list = new ArrayList<>();
    tasks.forEach(list::add);
    return list;
  }

  /** Waits (the job executor continues multi-instance tasks) until this user sees {@code count} such tasks. */
  public List<JsonNode> await(String user, String reference, String taskKey, int count) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      List<JsonNode> tasks = tasks(user, reference, taskKey);
      if (tasks.size() >= count) {
        return tasks;
      }
      pause();
    }
    throw new AssertionError(user + " never saw " + count + " task(s) " + taskKey + " of " + reference);
  }

  /** Claims the task (Tasklist keeps a form read-only until then) and submits its form. */
  public Rest.Response claimAndSubmit(String user, String taskId, Map<String, Object> values) {
    Rest rest = as(user);
    Rest.Response claim = rest.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    if (claim.status() != 204) {
      return claim;
    }
    return rest.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables(values)));
  }

  /** Submits the form of the single task of this element this user sees, and expects success. */
  public void complete(String user, String reference, String taskKey, Map<String, Object> values) {
    JsonNode task = await(user, reference, taskKey, 1).get(0);
    Rest.Response response = claimAndSubmit(user, task.path("id").asText(), values);
    if (response.status() != 204) {
      throw new AssertionError(user + " could not complete " + taskKey + ": " + response);
    }
  }

  /** Tasklist's variable payload: {@code {"value": 4}}, or {@code {"type": "Json", "value": "[...]"}}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> variable = new LinkedHashMap<>();
      if (value instanceof List<?> || value instanceof Map<?, ?>) {
        variable.put("type", "Json");
        variable.put("value", json(value));
      } else {
        variable.put("value", value);
      }
      variables.put(name, variable);
    });
    return variables;
  }

  /** Executes the review timer of an alliance now, as an administrator can. */
  public void executeReviewTimer(String reference) {
    executeTimer(reference, "Event_ReviewDue");
  }

  /** Executes a timer of the alliance's lifecycle (its review, its term's notice date) now, as an administrator can. */
  public void executeTimer(String reference, String activityId) {
    Rest admin = as("admin");
    String instance = admin.get("/engine-rest/process-instance?processDefinitionKey=alliance-lifecycle&businessKey="
        + encode(reference)).json().get(0).path("id").asText();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      JsonNode jobs = admin.get("/engine-rest/job?processInstanceId=" + instance + "&activityId=" + activityId).json();
      if (jobs.size() == 1) {
        Rest.Response executed = admin.post("/engine-rest/job/" + jobs.get(0).path("id").asText() + "/execute", Map.of());
        if (executed.status() != 204) {
          throw new AssertionError("Could not execute the timer " + activityId + ": " + executed);
        }
        return;
      }
      pause();
    }
    throw new AssertionError("No timer " + activityId + " waiting for " + reference);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
