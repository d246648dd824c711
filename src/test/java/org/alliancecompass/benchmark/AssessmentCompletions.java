package org.alliancecompass.benchmark;

import static org.alliancecompass.benchmark.BenchmarkApplication.MANAGER;
import static org.alliancecompass.benchmark.BenchmarkApplication.PARTNERS;
import static org.alliancecompass.benchmark.BenchmarkApplication.USER_PASSWORD;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancecompass.support.FormValues;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;

/**
 * Reviews completed the way people complete them in Tasklist, one after another: each partner
 * representative claims their organisation's health assessment and submits its form (the values
 * as Tasklist sends them); once the last partner has answered (the assessments are asynchronous
 * after each task, so the engine's job executor moves the review on), the manager claims and
 * submits the objective achievement, whose completion computes the scores, evaluates the review
 * gate, closes the review and schedules the next one. Only the {@code submit-form} calls are
 * timed; the answers are healthy ones, so no reconciliation or improvement plan follows.
 */
final class AssessmentCompletions {

  private static final String ASSESSMENT = Flavour.PRODUCT.assessmentTask();
  private static final String OBJECTIVES = "Task_RecordObjectiveAchievement";
  private static final Duration MANAGER_TASK_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(20);
  /** Healthy answers that differ between partners, so that scoring has something to weigh. */
  private static final List<Map<String, Object>> ANSWERS = List.of(
      FormValues.health(4, 4, 4, 4), FormValues.health(5, 4, 4, 3), FormValues.health(4, 5, 3, 4));
  private static final Map<String, Object> OBJECTIVES_ACHIEVED = FormValues.values(
      "objectivesAchieved", 70, "objectiveNotes", "Waiting times down by a fifth, as agreed",
      "capabilityNotes", "Joint discharge team in place", "relationshipNotes", "Monthly board meetings held");

  /**
   * The {@code submit-form} latencies of one run, and how long after the last partner's answer the
   * manager's task appeared (the job executor's hand-over, polled every 20 ms), in milliseconds.
   */
  record Result(Samples assessments, Samples objectiveAchievements, Samples handOver, double loadAverage) {
  }

  private final Rest rest;
  private final EngineApi api;

  AssessmentCompletions(Rest rest, EngineApi api) {
    this.rest = rest;
    this.api = api;
  }

  /** Completes {@code warmUp} reviews not counted (the first in a JVM load and compile much), then {@code reviews}. */
  Result measure(int warmUp, int reviews) {
    List<Double> assessments = new ArrayList<>();
    List<Double> objectives = new ArrayList<>();
    List<Double> handOvers = new ArrayList<>();
    List<String> open = api.processInstanceIds(Flavour.PRODUCT.reviewKey(), warmUp + reviews);
    for (int i = 0; i < open.size(); i++) {
      Completion completion = complete(open.get(i));
      if (i >= warmUp) {
        assessments.addAll(completion.assessments());
        handOvers.add(completion.handOver());
        objectives.add(completion.objectives());
      }
    }
    return new Result(Samples.of(assessments), Samples.of(objectives), Samples.of(handOvers), LoadAverage.oneMinute());
  }

  /**
   * Gives one alliance a history of {@code reviews} reviews as its people would: its open review
   * completed, then ad hoc reviews asked for by the manager (a product command) and completed, the
   * last one left open like every other review of the portfolio. For the alliance page's figure.
   */
  void history(String reference, int reviews) {
    Rest manager = rest.as(MANAGER, USER_PASSWORD);
    for (int review = 1; ; review++) {
      String open = awaitOpenReview(manager, reference);
      if (review == reviews) {
        return;
      }
      complete(open);
      if (!EngineApi.await(MANAGER_TASK_TIMEOUT, POLL, () -> !api.running(open))) {
        throw new IllegalStateException("Review " + open + " of " + reference + " never closed; "
            + api.failedJobs() + " failed jobs");
      }
    }
  }

  /** What completing one review took: each partner's submission, the hand-over, the manager's submission. */
  private record Completion(List<Double> assessments, double handOver, double objectives) {
  }

  private Completion complete(String review) {
    List<String> tasks = api.tasksOf(review, ASSESSMENT);
    if (tasks.size() != PARTNERS) {
      throw new IllegalStateException("Review " + review + " has " + tasks.size() + " open assessments");
    }
    List<Double> assessments = new ArrayList<>();
    for (int partner = 0; partner < tasks.size(); partner++) {
      String task = tasks.get(partner);
      String assignee = api.assignee(task);
      String representative = assignee != null ? assignee
          : BenchmarkApplication.representativeOf(api.candidateGroup(task));
      assessments.add(claimAndSubmit(rest.as(representative, USER_PASSWORD), representative, task,
          ANSWERS.get(partner)));
    }
    long lastAnswer = System.nanoTime();
    String objectiveTask = awaitObjectiveTask(review);
    double handOver = (System.nanoTime() - lastAnswer) / 1_000_000.0;
    double objectives = claimAndSubmit(rest.as(MANAGER, USER_PASSWORD), MANAGER, objectiveTask, OBJECTIVES_ACHIEVED);
    return new Completion(assessments, handOver, objectives);
  }

  /** The alliance's running review; asks for an ad hoc one (refused while the last one still closes) until there is one. */
  private String awaitOpenReview(Rest manager, String reference) {
    long deadline = System.nanoTime() + MANAGER_TASK_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> running = api.processInstanceIds(Flavour.PRODUCT.reviewKey(), reference);
      if (!running.isEmpty() && api.tasksOf(running.get(0), ASSESSMENT).size() == PARTNERS) {
        return running.get(0);
      }
      if (running.isEmpty()) {
        manager.post("/api/alliances/" + reference + "/ad-hoc-review", Map.of("reason", "Benchmark history"));
      }
      EngineApi.sleep(POLL);
    }
    throw new IllegalStateException("No review of " + reference + " opened; " + api.failedJobs() + " failed jobs");
  }

  /** Claims the task (Tasklist keeps a form read-only until then), then times the submission of its form. */
  private static double claimAndSubmit(Rest user, String userId, String taskId, Map<String, Object> values) {
    EngineApi.ok(user.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", userId)));
    long start = System.nanoTime();
    Rest.Response submitted = user.post("/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", TasklistClient.variables(values)));
    double millis = (System.nanoTime() - start) / 1_000_000.0;
    if (submitted.status() != 204) {
      throw new IllegalStateException(userId + " could not submit the form of task " + taskId + ": " + submitted);
    }
    return millis;
  }

  private String awaitObjectiveTask(String review) {
    long deadline = System.nanoTime() + MANAGER_TASK_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      List<String> tasks = api.tasksOf(review, OBJECTIVES);
      if (!tasks.isEmpty()) {
        return tasks.get(0);
      }
      EngineApi.sleep(POLL);
    }
    throw new IllegalStateException("Review " + review + " never reached the manager's objective achievement; "
        + api.failedJobs() + " failed jobs");
  }
}
