package org.alliancecompass.taskform;

import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.alliancecompass.health.HealthModel;

/**
 * Values that break a form's rules are refused by the server, through {@code submit-form} (as
 * Tasklist sends them) and {@code complete}: a 400 that names the field, the task still open and
 * unchanged. One case per kind of rule the forms declare, and the domain's own rules.
 */
class BadFormInputIT extends InProcessApplication {

  private final TasklistClient tasklist;
  private final Alliances alliances;
  private JsonNode assessment;

  BadFormInputIT(@LocalServerPort int port, Alliances alliances) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.alliances = alliances;
  }

  @BeforeEach
  void norasOpenAssessment() {
    // the demo alliance waits for Northside Hospital's health assessment
    String demo = alliances.findAll().stream().filter(a -> a.name().equals("North City Frailty Alliance"))
        .findFirst().orElseThrow().reference();
    assessment = tasklist.await("nora", demo, "Task_AssessPartnerHealth", 1).get(0);
  }

  @Test
  @DisplayName("Required: a statement left out is refused, naming it")
  void required() {
    Map<String, Object> answers = allStatements("4");
    answers.remove("decisionsTimely");
    assertRefused(submit(answers), "decisionsTimely", "is required");
  }

  @Test
  @DisplayName("Options: an answer that is not one of 1 to 5 is refused")
  void notAnOption() {
    assertRefused(submit(with(allStatements("4"), "trustFairDealing", "7")), "trustFairDealing", "not one of the options");
  }

  @Test
  @DisplayName("Type: a list where one answer belongs is refused")
  void wrongType() {
    assertRefused(submit(with(allStatements("4"), "trustGoalsAligned", List.of("4", "5"))), "trustGoalsAligned",
        "must be a single choice");
  }

  @Test
  @DisplayName("Length: a comment longer than the form allows is refused")
  void tooLong() {
    assertRefused(submit(with(allStatements("4"), "trustComment", "x".repeat(2001))), "trustComment", "at most 2000");
  }

  @Test
  @DisplayName("The same rules hold through /complete, which does not go through the form")
  void throughComplete() {
    tasklist.as("nora").post("/engine-rest/task/" + id() + "/claim", Map.of("userId", "nora"));
    Rest.Response response = tasklist.as("nora").post("/engine-rest/task/" + id() + "/complete",
        Map.of("variables", TasklistClient.variables(with(allStatements("4"), "flexibilityAdapts", "0"))));
    assertRefused(response, "flexibilityAdapts", "not one of the options");
  }

  @Test
  @DisplayName("Start form: a missing name, a review cycle that is no ISO period or longer than a year are refused")
  void startForm() {
    int before = alliances.findAll().size();
    Rest mia = tasklist.as("mia");
    assertRefused(mia.post("/engine-rest/process-definition/key/alliance-lifecycle/submit-form",
        Map.of("variables", TasklistClient.variables(values("purpose", "No name")))), "allianceName", "is required");
    assertRefused(mia.post("/engine-rest/process-definition/key/alliance-lifecycle/submit-form",
        Map.of("variables", TasklistClient.variables(values("allianceName", "Bad cycle", "reviewCycle", "quarterly")))),
        "reviewCycle", "is not in the expected format: How often");
    assertRefused(mia.post("/engine-rest/process-definition/key/alliance-lifecycle/start",
        Map.of("variables", TasklistClient.variables(values("allianceName", "Too slow", "reviewCycle", "P2Y")))),
        "reviewCycle", "between P7D");
    assertRefused(mia.post("/engine-rest/process-definition/key/alliance-lifecycle/start",
        Map.of("variables", TasklistClient.variables(values("allianceName", "Odd type", "allianceType", "MERGER")))),
        "allianceType", "not one of the options");
    assertThat(alliances.findAll()).hasSize(before);
  }

  @Test
  @DisplayName("Options from a variable (valuesKey), and the domain's rule of at least two candidates")
  void candidates() {
    // given a new alliance at its nomination
    String reference = tasklist.as("mia").post("/engine-rest/process-definition/key/alliance-lifecycle/submit-form",
        Map.of("variables", TasklistClient.variables(values("allianceName", "Nomination checks")))).json()
        .path("businessKey").asText();
    tasklist.complete("mia", reference, "Task_DefinePartnerCriteria", values("objectives", "O", "partnerCriteria", "C"));
    String task = tasklist.await("mia", reference, "Task_NominateCandidates", 1).get(0).path("id").asText();

    // then
    assertRefused(tasklist.claimAndSubmit("mia", task, values("candidates", List.of("city-council", "mi6"))),
        "candidates", "'mi6' is not one of the options");
    assertRefused(tasklist.claimAndSubmit("mia", task, values("candidates", List.of("city-council"))),
        "candidates", "at least two");
    assertThat(tasklist.tasks("mia", reference, "Task_NominateCandidates")).hasSize(1);
  }

  private Rest.Response submit(Map<String, Object> values) {
    return tasklist.claimAndSubmit("nora", id(), values);
  }

  private String id() {
    return assessment.path("id").asText();
  }

  /** 400, a message naming the field, and the assessment still open with none of the answers stored. */
  private void assertRefused(Rest.Response response, String field, String problem) {
    assertThat(response.status()).as(response.toString()).isEqualTo(400);
    assertThat(response.json().path("message").asText()).contains(field).contains(problem);
    assertThat(tasklist.as("nora").get("/engine-rest/task/" + id()).status()).isEqualTo(200);
    JsonNode variables = tasklist.as("nora").get("/engine-rest/task/" + id() + "/localVariables").json();
    assertThat(variables.has("trustCommitmentsHonoured")).as("nothing stored").isFalse();
  }

  static Map<String, Object> allStatements(String answer) {
    Map<String, Object> values = new LinkedHashMap<>();
    HealthModel.load().statementKeys().forEach(item -> values.put(item, answer));
    return values;
  }

  static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
    values.put(key, value);
    return values;
  }
}
