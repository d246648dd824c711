package org.alliancecompass.config;

import static org.alliancecompass.support.Sql.countBy;
import static org.alliancecompass.support.Sql.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.EmbeddedPostgresDatabase;
import org.alliancecompass.support.FormValues;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.Simulation;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two application processes on one PostgreSQL database, as an operator runs several nodes behind
 * a load balancer: Camunda's job executor on each node takes the due reviews from the shared job
 * table, each job once; a task done through one node is done for the other; and two people
 * completing the same task at once through different nodes get one success and one clear refusal.
 */
@DisplayName("Two nodes on one PostgreSQL database")
class TwoNodesIT {

  static final int ALLIANCES = 300;
  static final String PASSWORD = "Database-Secret-2026!";

  @Test
  @DisplayName("share the due reviews, each started once, and see each other's work")
  void twoNodes() throws Exception {
    try (EmbeddedPostgresDatabase postgres = EmbeddedPostgresDatabase.start()) {
      // given two nodes on one database; the reviews fall due once both are up
      Map<String, String> environment = Map.of(
          "ALLIANCE_DB_URL", postgres.createDatabase("cluster", "alliance", PASSWORD),
          "ALLIANCE_DB_USER", "alliance",
          "ALLIANCE_DB_PASSWORD", PASSWORD,
          "ALLIANCE_ADMIN_PASSWORD", Simulation.ADMIN_PASSWORD);
      try (AppProcess a = AppProcess.start("node-a", environment, node("node-a"));
           AppProcess b = AppProcess.start("node-b", environment, node("node-b"))) {
        Rest adminA = Simulation.admin(a);
        Rest adminB = Simulation.admin(b);

        // when the reviews fall due
        Simulation.awaitReviewsRunning(adminA, running -> running >= ALLIANCES, Duration.ofMinutes(4));

        // then each review started exactly once, and both nodes started some
        Map<String, Long> onceEach = new TreeMap<>();
        for (int i = 0; i < ALLIANCES; i++) {
          onceEach.put(Simulation.reference(i), 1L);
        }
        assertThat(Simulation.reviewsStartedPerAlliance(adminB)).isEqualTo(onceEach);
        Map<String, Long> byNode;
        try (Connection connection = postgres.connect("cluster")) {
          byNode = countBy(connection, """
              select hostname_, count(*) from act_hi_job_log
              where act_id_ = 'Event_ReviewDue' and job_state_ = 2 group by hostname_""");
          assertThat(number(connection, "select count(*) from review")).isEqualTo(ALLIANCES);
        }
        System.out.printf("two nodes: review timers executed per node %s%n", byNode);
        assertThat(byNode).containsOnlyKeys("node-a", "node-b");
        assertThat(byNode.values()).allSatisfy(started -> assertThat(started).isPositive());
        assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ALLIANCES);

        // and a task completed through node A is gone through node B, its answers in B's history
        Assessment first = assessment(adminA, Simulation.reference(0));
        Rest.Response done = Simulation.user(a, first.representative()).post("/engine-rest/task/" + first.taskId()
            + "/submit-form", Map.of("variables", TasklistClient.variables(FormValues.health(4, 4, 3, 5))));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        assertThat(Simulation.user(b, first.representative()).get("/engine-rest/task/" + first.taskId()).status())
            .isEqualTo(404);
        JsonNode history = adminB.get("/engine-rest/history/task?taskId=" + first.taskId()).json();
        assertThat(history.get(0).path("endTime").isNull()).as("completed in B's history").isFalse();

        // and two people completing one task at once, through different nodes: one succeeds, one is told why not
        for (int i = 1; i <= 5; i++) {
          Assessment contested = assessment(adminA, Simulation.reference(i));
          List<Rest.Response> answers = race(
              Simulation.user(a, contested.representative()), adminB, contested.taskId());
          List<Integer> statuses = answers.stream().map(Rest.Response::status).sorted().toList();
          assertThat(statuses).as(answers.toString()).hasSize(2).first().isEqualTo(204);
          assertThat(statuses.get(1)).as(answers.toString()).isIn(404, 409);
          Rest.Response refused = answers.stream().filter(r -> r.status() != 204).findFirst().orElseThrow();
          assertThat(refused.json().path("message").asText()).as(refused.toString())
              .containsAnyOf("someone else", "Someone else");
          try (Connection connection = postgres.connect("cluster")) {
            assertThat(number(connection, "select count(*) from review_response where task_id = ?",
                contested.taskId())).as("one set of answers stored").isEqualTo(1);
          }
        }
      }
    }
  }

  private static String[] node(String hostname) {
    return Simulation.arguments("postgres,simulation", ALLIANCES, Duration.ofSeconds(75),
        "--camunda.bpm.generic-properties.properties.hostname=" + hostname);
  }

  record Assessment(String taskId, String representative) {
  }

  /** One open health assessment of the alliance, and the representative whose own it is. */
  private static Assessment assessment(Rest admin, String reference) {
    JsonNode task = admin.get("/engine-rest/task?taskDefinitionKey=" + Simulation.ASSESSMENT
        + "&processInstanceBusinessKey=" + reference).json().get(0);
    String taskId = task.path("id").asText();
    if (task.hasNonNull("assignee")) {
      return new Assessment(taskId, task.path("assignee").asText());
    }
    for (JsonNode link : admin.get("/engine-rest/task/" + taskId + "/identity-links?type=candidate").json()) {
      if (!link.path("groupId").isNull()) {
        return new Assessment(taskId, Simulation.representativeOf(link.path("groupId").asText()));
      }
    }
    throw new AssertionError("No partner organisation for task " + taskId);
  }

  /** Both submit the same task's form at the same moment. */
  private static List<Rest.Response> race(Rest one, Rest other, String taskId) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    Map<String, Object> body = Map.of("variables", TasklistClient.variables(FormValues.health(3, 3, 3, 3)));
    List<CompletableFuture<Rest.Response>> submissions = new ArrayList<>();
    for (Rest rest : List.of(one, other)) {
      submissions.add(CompletableFuture.supplyAsync(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return rest.post("/engine-rest/task/" + taskId + "/submit-form", body);
      }));
    }
    start.countDown();
    List<Rest.Response> answers = new ArrayList<>();
    for (CompletableFuture<Rest.Response> submission : submissions) {
      answers.add(submission.get());
    }
    return answers;
  }
}
