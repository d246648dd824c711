package org.alliancecompass.security;

import static org.alliancecompass.support.FormValues.health;
import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A catalogue of hostile and bad input through every surface that takes input: Camunda Forms
 * submitted through the engine REST API ({@code submit-form}, {@code complete}, start forms),
 * messages, malformed and oversized bodies, and the dashboard's JSON API and pages. Each case:
 * a 4xx answer whose message names the problem, nothing changed in the engine or the
 * application's tables, and the application still answering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Hostile and bad input")
class HostileInputIT extends InProcessApplication {

  private static final String MEGABYTE = "x".repeat(1_048_576);
  private static final String SCRIPT = "<script>alert('owned')</script>";

  private final TasklistClient tasklist;
  private final Alliances alliances;
  private final JdbcClient jdbc;
  /** Northside Hospital's open health assessment in the demo alliance. */
  private String assessment;
  /** A new alliance of this test, waiting at its candidate nomination. */
  private String alliance;
  private String nomination;

  HostileInputIT(@LocalServerPort int port, Alliances alliances, JdbcClient jdbc) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.alliances = alliances;
    this.jdbc = jdbc;
  }

  /** What a case is sent to, and as whom. */
  record Target(TasklistClient tasklist, String assessment, String alliance, String nomination) {

    Rest.Response submitAssessment(Map<String, Object> values) {
      return tasklist.claimAndSubmit("nora", assessment, values);
    }

    Rest.Response completeAssessment(Object body) {
      tasklist.as("nora").post("/engine-rest/task/" + assessment + "/claim", Map.of("userId", "nora"));
      return tasklist.as("nora").post("/engine-rest/task/" + assessment + "/complete", body);
    }

    Rest.Response start(Map<String, Object> values) {
      return tasklist.as("mia").post("/engine-rest/process-definition/key/alliance-lifecycle/submit-form",
          Map.of("variables", TasklistClient.variables(values)));
    }

    Rest.Response message(Object body) {
      // only administrators may send the engine a message; what it may carry holds for them too
      return tasklist.as("admin").post("/engine-rest/message", body);
    }
  }

  /** One hostile request, the status it must get and what its message must name. */
  record Case(String name, Function<Target, Rest.Response> request, int status, String names) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> catalogue() {
    List<Case> cases = new ArrayList<>();
    // health statements: 1 to 5 as Tasklist's radio values, nothing else
    for (String score : List.of("6", "0", "-1", "four", "3.5", " 4", "", "4; drop table review")) {
      cases.add(new Case("assessment score '" + score + "'",
          t -> t.submitAssessment(with(health(4, 4, 4, 4), "trustFairDealing", score)), 400, "trustFairDealing"));
    }
    cases.add(new Case("assessment score as a yes/no",
        t -> t.submitAssessment(with(health(4, 4, 4, 4), "decisionsJoint", true)), 400, "decisionsJoint"));
    cases.add(new Case("assessment score as a list",
        t -> t.submitAssessment(with(health(4, 4, 4, 4), "decisionsJoint", List.of("4", "5"))), 400, "decisionsJoint"));
    cases.add(new Case("assessment score as an object",
        t -> t.submitAssessment(with(health(4, 4, 4, 4), "decisionsJoint", Map.of("value", "4"))), 400,
        "decisionsJoint"));
    cases.add(new Case("assessment with a statement left out",
        t -> t.submitAssessment(without(health(4, 4, 4, 4), "managementSharing")), 400, "managementSharing"));
    cases.add(new Case("assessment comment of a megabyte",
        t -> t.submitAssessment(with(health(4, 4, 4, 4), "flexibilityComment", MEGABYTE)), 400, "flexibilityComment"));
    cases.add(new Case("assessment setting the review's gate outcome",
        t -> t.submitAssessment(with(health(5, 5, 5, 5), "gateOutcome", "HEALTHY")), 400, "gateOutcome"));
    cases.add(new Case("complete setting the overall score",
        t -> t.completeAssessment(Map.of("variables", TasklistClient.variables(with(health(5, 5, 5, 5), "overallScore",
            100)))), 400, "overallScore"));
    cases.add(new Case("complete through Tasklist's own API, setting the gate outcome",
        t -> t.tasklist().as("nora").post("/camunda/api/engine/engine/default/task/" + t.assessment() + "/complete",
            Map.of("variables", TasklistClient.variables(with(health(5, 5, 5, 5), "gateOutcome", "HEALTHY")))),
        400, "gateOutcome"));
    cases.add(new Case("complete with a score out of range",
        t -> t.completeAssessment(Map.of("variables", TasklistClient.variables(with(health(4, 4, 4, 4),
            "flexibilityAdapts", "9")))), 400, "flexibilityAdapts"));
    cases.add(new Case("complete with nothing", t -> t.completeAssessment(Map.of()), 400, "trustCommitmentsHonoured"));
    cases.add(new Case("complete with malformed JSON",
        t -> t.completeAssessment("{\"variables\": {\"trustFairDealing\": {\"value\": \"4\""), 400, "not valid JSON"));
    cases.add(new Case("submit-form with a body that is not JSON",
        t -> t.tasklist().as("nora").post("/engine-rest/task/" + t.assessment() + "/submit-form", "variables=4"), 400,
        "JSON"));
    cases.add(new Case("complete with a body of two megabytes",
        t -> t.completeAssessment("{\"variables\":{\"x\":{\"value\":\"" + MEGABYTE + MEGABYTE + "\"}}}"), 413,
        "larger than"));
    // the proposal (start form)
    cases.add(new Case("proposal without a name", t -> t.start(values("purpose", "Nameless")), 400, "allianceName"));
    cases.add(new Case("proposal with a name of a megabyte", t -> t.start(values("allianceName", MEGABYTE)), 400,
        "allianceName"));
    cases.add(new Case("proposal of an unknown alliance type",
        t -> t.start(values("allianceName", "Odd", "allianceType", "CARTEL")), 400, "allianceType"));
    for (String cycle : List.of("P3X", "PT1H", "P2Y", "P1D", "every quarter", "P-3M")) {
      cases.add(new Case("proposal with review cycle '" + cycle + "'",
          t -> t.start(values("allianceName", "Cycle " + cycle, "reviewCycle", cycle)), 400, "reviewCycle"));
    }
    cases.add(new Case("proposal setting the alliance's status",
        t -> t.start(values("allianceName", "Sneaky", "allianceStatus", "ACTIVE")), 400, "allianceStatus"));
    // options from a variable: the partner registry
    cases.add(new Case("nomination of an unknown partner organisation",
        t -> t.tasklist().claimAndSubmit("mia", t.nomination(), values("candidates", List.of("city-council", "evil-corp"))),
        400, "evil-corp"));
    cases.add(new Case("nomination with markup as an organisation",
        t -> t.tasklist().claimAndSubmit("mia", t.nomination(), values("candidates", List.of("city-council", SCRIPT))),
        400, "candidates"));
    cases.add(new Case("nomination as text, not a list",
        t -> t.tasklist().claimAndSubmit("mia", t.nomination(), values("candidates", "city-council")), 400,
        "candidates"));
    // messages
    cases.add(new Case("an unknown message", t -> t.message(Map.of("messageName", "DissolveEverything",
        "businessKey", t.alliance())), 400, "DissolveEverything"));
    cases.add(new Case("dissolution of an unknown alliance", t -> t.message(Map.of("messageName",
        "DissolutionRequested", "businessKey", "ALL-1999-9999")), 400, "DissolutionRequested"));
    cases.add(new Case("a message that sets other variables", t -> t.message(Map.of("messageName",
        "DissolutionRequested", "businessKey", t.alliance(), "processVariables",
        Map.of("allianceStatus", Map.of("value", "DISSOLVED")))), 400, "allianceStatus"));
    cases.add(new Case("a message in malformed JSON", t -> t.message("{\"messageName\": "), 400, "not valid JSON"));
    // the dashboard's JSON API and pages
    cases.add(new Case("API sorted by an unknown column",
        t -> t.tasklist().as("mia").get("/api/alliances?sort=colour"), 400, "'sort'"));
    cases.add(new Case("API filtered by markup",
        t -> t.tasklist().as("mia").get("/api/alliances?outcome=" + encode(SCRIPT)), 400, "'outcome'"));
    cases.add(new Case("API search of 5,000 characters",
        t -> t.tasklist().as("mia").get("/api/alliances?q=" + "x".repeat(5000)), 400, "'q'"));
    cases.add(new Case("API alliance named in markup (refused by the web server)",
        t -> t.tasklist().as("mia").get("/api/alliances/" + encode(SCRIPT)), 400, "Bad Request"));
    cases.add(new Case("API alliance named by SQL injection",
        t -> t.tasklist().as("mia").get("/api/alliances/" + encode("ALL-2026-0001' OR '1'='1")), 404, "No alliance"));
    cases.add(new Case("page sorted by markup",
        t -> t.tasklist().as("mia").accepting("text/html").get("/?sort=" + encode(SCRIPT)), 400,
        "&#39;sort&#39;"));
    return cases.stream();
  }

  @BeforeAll
  void targets() {
    String demo = alliances.findAll().stream().filter(a -> a.name().equals("North City Frailty Alliance"))
        .findFirst().orElseThrow().reference();
    assessment = tasklist.await("nora", demo, "Task_AssessPartnerHealth", 1).get(0).path("id").asText();
    alliance = tasklist.as("mia").post("/engine-rest/process-definition/key/alliance-lifecycle/submit-form",
        Map.of("variables", TasklistClient.variables(values("allianceName", "Hostile input target")))).json()
        .path("businessKey").asText();
    tasklist.complete("mia", alliance, "Task_DefinePartnerCriteria", values("objectives", "O", "partnerCriteria", "C"));
    nomination = tasklist.await("mia", alliance, "Task_NominateCandidates", 1).get(0).path("id").asText();
  }

  /** Every statement of the health model, read from its form: a statement added there is tested here too. */
  static Stream<String> statements() {
    return HealthModel.load().statementKeys().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  @DisplayName("every statement of the health assessment form, answered 6, is refused naming it; nothing changes")
  void everyStatementIsChecked(String statement) {
    Map<String, Object> before = state();
    Rest.Response response = new Target(tasklist, assessment, alliance, nomination)
        .submitAssessment(with(health(4, 4, 4, 4), statement, "6"));
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.body()).contains(statement);
    assertThat(state()).as("nothing changed").isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  @DisplayName("is refused with a 4xx naming the problem; nothing changes and the application stays healthy")
  void refused(Case hostile) {
    // given
    Map<String, Object> before = state();

    // when
    Rest.Response response = hostile.request().apply(new Target(tasklist, assessment, alliance, nomination));

    // then
    assertThat(response.status()).as(response.toString()).isEqualTo(hostile.status());
    assertThat(response.body()).as("the answer names the problem").contains(hostile.names());
    assertThat(response.body()).as("markup is never echoed as markup").doesNotContain(SCRIPT);
    assertThat(state()).as("nothing changed").isEqualTo(before);
    assertThat(tasklist.as("mia").get("/engine-rest/engine").status()).as("still answering").isEqualTo(200);
  }

  /** What a refused request must leave as it was: the engine's work, the domain tables, both target tasks. */
  private Map<String, Object> state() {
    Map<String, Object> state = new LinkedHashMap<>();
    for (String table : List.of("alliance", "alliance_partner", "review", "review_response", "review_answer",
        "review_comment", "decision_record", "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB")) {
      state.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
    state.put("alliance statuses", jdbc.sql("select reference || '=' || status from alliance order by reference")
        .query(String.class).list());
    state.put("assessment open", tasklist.as("nora").get("/engine-rest/task/" + assessment).status());
    state.put("nomination open", tasklist.as("mia").get("/engine-rest/task/" + nomination).status());
    JsonNode variables = tasklist.as("nora").get("/engine-rest/task/" + assessment + "/variables").json();
    state.put("assessment variables", variables.toString());
    return state;
  }

  private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.put(key, value);
    return changed;
  }

  private static Map<String, Object> without(Map<String, Object> values, String key) {
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.remove(key);
    return changed;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
