package org.alliancecompass.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ways round the forms that were open before the engine API was limited per role, each tried
 * as the demo user who found it: none changes anything now.
 */
@DisplayName("The engine API, limited to what each role needs")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineApiLockdownIT extends InProcessApplication {

  private final TasklistClient tasklist;
  private final Alliances alliances;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final JdbcClient jdbc;
  private String riverside;
  private String riversideInstance;
  private String northCity;
  private String noraAssessment;

  EngineApiLockdownIT(@LocalServerPort int port, Alliances alliances, RuntimeService runtime, TaskService tasks,
      RepositoryService repository, JdbcClient jdbc) {
    super(port);
    this.repository = repository;
    this.jdbc = jdbc;
    this.tasklist = new TasklistClient(baseUrl());
    this.alliances = alliances;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @BeforeAll
  void demo() {
    Alliance proposed = alliances.findAll().stream().filter(a -> a.name().equals("Riverside Mental Health Partnership"))
        .findFirst().orElseThrow();
    riverside = proposed.reference();
    riversideInstance = proposed.processInstanceId();
    northCity = alliances.findAll().stream().filter(a -> a.name().equals("North City Frailty Alliance"))
        .map(Alliance::reference).findFirst().orElseThrow();
    noraAssessment = tasklist.await("nora", northCity, "Task_AssessPartnerHealth", 1).get(0).path("id").asText();
  }

  @Test
  @DisplayName("a manager cannot move a proposed alliance to ACTIVE by modifying its process instance")
  void noModification() {
    // when
    Rest.Response response = tasklist.as("mia").post("/engine-rest/process-instance/" + riversideInstance
        + "/modification", Map.of("instructions", List.of(
            Map.of("type", "cancel", "activityId", "Call_PartnerSelection"),
            Map.of("type", "startBeforeActivity", "activityId", "Task_ActivateAlliance"))));

    // then
    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(response.json().path("message").asText()).contains("not open to you");
    assertThat(runtime.getActiveActivityIds(riversideInstance)).doesNotContain("Task_ActivateAlliance")
        .isNotEmpty();
    assertThat(alliances.find(riverside).orElseThrow().status()).isNotEqualTo(AllianceStatus.ACTIVE);
  }

  @Test
  @DisplayName("a manager cannot write a variable of the lifecycle outside a form")
  void noVariableWrites() {
    // when
    Rest.Response response = tasklist.as("mia").put("/engine-rest/process-instance/" + riversideInstance
        + "/variables/reviewCycle", Map.of("value", "garbage", "type", "String"));

    // then
    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(runtime.getVariable(riversideInstance, "reviewCycle")).isNotEqualTo("garbage");
  }

  @Test
  @DisplayName("a partner cannot throw a BPMN error or escalation from their assessment, nor set variables with it")
  void noErrorsFromTasks() {
    // when
    Rest nora = tasklist.as("nora");
    Rest.Response error = nora.post("/engine-rest/task/" + noraAssessment + "/bpmnError", Map.of("errorCode", "X",
        "variables", Map.of("gateOutcome", Map.of("value", "HEALTHY"))));
    Rest.Response escalation = nora.post("/engine-rest/task/" + noraAssessment + "/bpmnEscalation",
        Map.of("escalationCode", "X"));

    // then
    assertThat(error.status()).as(error.toString()).isEqualTo(403);
    assertThat(escalation.status()).as(escalation.toString()).isEqualTo(403);
    String review = tasks.createTaskQuery().taskId(noraAssessment).singleResult().getProcessInstanceId();
    assertThat(runtime.getVariable(review, "gateOutcome")).isNull();
    assertThat(tasks.createTaskQuery().taskId(noraAssessment).count()).isOne();
  }

  @Test
  @DisplayName("nobody but an administrator sends the engine any message a model declares; the product's command is "
      + "named instead")
  void noMessages() {
    // given every message the deployed models wait for, and what the engine holds before
    List<String> messages = repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .flatMap(definition -> repository.getBpmnModelInstance(definition.getId())
            .getModelElementsByType(Message.class).stream())
        .map(Message::getName).distinct().sorted().toList();
    long instances = runtime.createProcessInstanceQuery().count();
    long decisions = jdbc.sql("select count(*) from decision_record").query(Long.class).single();
    String alliance = alliances.find(northCity).orElseThrow().toString();

    // when each role sends each of them, with the variables the message is for
    for (String message : messages) {
      Map<String, Object> variables = new java.util.TreeMap<>();
      LifecycleProcess.MESSAGE_PAYLOADS.getOrDefault(message, Set.of()).forEach(name ->
          variables.put(name, Map.of("value", "northside-hospital", "type", "String")));
      for (String user : List.of("mia", "bob", "lee", "nora", "cara", "ravi")) {
        Rest.Response response = tasklist.as(user).post("/engine-rest/message", Map.of("messageName", message,
            "businessKey", northCity, "processVariables", variables, "all", true));

        // then
        assertThat(response.status()).as(user + " sends " + message + ": " + response).isEqualTo(403);
        assertThat(response.json().path("message").asText()).contains("/api/alliances/");
      }
    }
    assertThat(messages).contains(LifecycleProcess.MESSAGE_AD_HOC_REVIEW, LifecycleProcess.MESSAGE_DISSOLUTION,
        LifecycleProcess.MESSAGE_VARIATION, LifecycleProcess.MESSAGE_ACCESSION, LifecycleProcess.MESSAGE_EXIT);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(jdbc.sql("select count(*) from decision_record").query(Long.class).single()).isEqualTo(decisions);
    assertThat(alliances.find(northCity).orElseThrow().toString()).isEqualTo(alliance);
    assertThat(alliances.find(northCity).orElseThrow().status()).isNotIn(AllianceStatus.DISSOLVING,
        AllianceStatus.DISSOLVED);
  }

  @Test
  @DisplayName("another organisation's task is 'no such task' (404) on every sub-resource, as a task that does not exist")
  void notYoursIsNotThere() {
    for (String path : List.of("", "/form-variables", "/deployed-form", "/variables", "/identity-links", "/comment")) {
      Rest.Response notYours = tasklist.as("ravi").get("/engine-rest/task/" + noraAssessment + path);
      Rest.Response notThere = tasklist.as("ravi").get("/engine-rest/task/no-such-task" + path);
      assertThat(notYours.status()).as(path + ": " + notYours).isEqualTo(404);
      assertThat(notThere.status()).as(path).isEqualTo(404);
      assertThat(notYours.body()).doesNotContain("alliance-review").doesNotContain("org.camunda");
    }
    Rest.Response submitted = tasklist.as("carl").post("/engine-rest/task/" + noraAssessment + "/submit-form",
        Map.of("variables", Map.of()));
    assertThat(submitted.status()).isEqualTo(404);
    assertThat(tasks.createTaskQuery().taskId(noraAssessment).count()).isOne();
  }

  @Test
  @DisplayName("a partner claims only for themselves, and hands back a task they claimed, nothing broader")
  void claimAndHandBack() {
    // given her organisation's improvement action, offered to Northside Hospital, and her own assessment
    Rest nora = tasklist.as("nora");
    String action = tasks.createTaskQuery().processInstanceBusinessKey(northCity).taskDefinitionKey("Task_CompleteAction")
        .taskCandidateGroup("northside-hospital").list().get(0).getId();

    // when nora claims the action for ravi, for herself, then carl tries to hand it back, then she does
    Rest.Response forSomeoneElse = nora.post("/engine-rest/task/" + action + "/claim", Map.of("userId", "ravi"));
    Rest.Response forHerself = nora.post("/engine-rest/task/" + action + "/claim", Map.of("userId", "nora"));
    String assigneeAfterClaim = tasks.createTaskQuery().taskId(action).singleResult().getAssignee();
    Rest.Response byCarl = tasklist.as("carl").post("/engine-rest/task/" + action + "/unclaim", Map.of());
    Rest.Response reassign = nora.post("/engine-rest/task/" + action + "/assignee", Map.of("userId", "ravi"));
    Rest.Response handedBack = nora.post("/engine-rest/task/" + action + "/unclaim", Map.of());
    // and tries to hand back her own health assessment, which no one else may answer
    Rest.Response ownAssessment = nora.post("/engine-rest/task/" + noraAssessment + "/unclaim", Map.of());

    // then
    assertThat(forSomeoneElse.status()).as(forSomeoneElse.toString()).isEqualTo(403);
    assertThat(forHerself.status()).as(forHerself.toString()).isEqualTo(204);
    assertThat(assigneeAfterClaim).isEqualTo("nora");
    assertThat(byCarl.status()).isEqualTo(404);
    assertThat(reassign.status()).isEqualTo(403);
    assertThat(handedBack.status()).as(handedBack.toString()).isEqualTo(204);
    assertThat(tasks.createTaskQuery().taskId(action).singleResult().getAssignee()).isNull();
    assertThat(tasks.createTaskQuery().taskId(action).taskCandidateGroup("northside-hospital").count())
        .as("still her organisation's").isOne();
    assertThat(ownAssessment.status()).as(ownAssessment.toString()).isEqualTo(403);
    assertThat(ownAssessment.body()).contains("stays yours");
    assertThat(tasks.createTaskQuery().taskId(noraAssessment).singleResult().getAssignee()).isEqualTo("nora");
  }

  @Test
  @DisplayName("bad input a fuzzer sends to the operations a partner may call is a 4xx naming no Java class, never a 5xx")
  void badInputIsAFourHundred() {
    Rest nora = tasklist.as("nora");
    List<Rest.Response> answers = List.of(
        nora.get("/engine-rest/task?maxResults=-2"),
        nora.get("/engine-rest/task?firstResult=x"),
        nora.get("/engine-rest/task/count?candidateUser=x&candidateGroup=y"),
        nora.send("POST", "/engine-rest/task/count", "application/json", "{\"sorting\":[null]}"),
        nora.send("POST", "/engine-rest/task", "application/json", "{\"sorting\":[{\"sortBy\":\"nonsense\"}]}"),
        nora.send("POST", "/engine-rest/task/" + noraAssessment + "/submit-form", "application/json", "null"),
        nora.send("POST", "/engine-rest/task/" + noraAssessment + "/submit-form", "application/json", "{\"variables\":5}"),
        nora.send("POST", "/engine-rest/task/" + noraAssessment + "/submit-form", "application/json", "{not json"),
        nora.send("POST", "/engine-rest/message", "application/json", "null"));
    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
      assertThat(answer.body()).as(answer.toString()).doesNotContainPattern("org\\.camunda|java\\.|Exception:");
    });
    assertThat(answers.subList(0, 3)).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(400));
    assertThat(answers.get(0).body()).contains("maxResults must be a whole number");
    assertThat(answers.get(6).status()).isEqualTo(400);
    assertThat(answers.get(6).json().path("message").asText()).isEqualTo("variables must be a JSON object of named values");
    assertThat(tasks.createTaskQuery().taskId(noraAssessment).count()).as("her task is still open").isOne();
  }

  @Test
  @DisplayName("the engine API does not describe itself to people: OPTIONS and application.wadl are refused")
  void noSelfDescription() {
    assertThat(tasklist.as("nora").send("OPTIONS", "/engine-rest/task").status()).isEqualTo(403);
    assertThat(tasklist.as("mia").get("/engine-rest/application.wadl").status()).isEqualTo(403);
    assertThat(tasklist.as("admin").accepting("*/*").get("/engine-rest/application.wadl").status()).isEqualTo(200);
  }

  @Test
  @DisplayName("the same holds on the webapps' engine API, where Tasklist calls it")
  void webappsEngineApi() {
    // when
    Rest.Response error = tasklist.as("nora").post("/camunda/api/engine/engine/default/task/" + noraAssessment
        + "/bpmnError", Map.of("errorCode", "X"));
    Rest.Response tasksOfNora = tasklist.as("nora").get("/camunda/api/engine/engine/default/task/" + noraAssessment);

    // then: refused before Camunda's own CSRF check (there is no session), or by it; never let through
    assertThat(error.status()).as(error.toString()).isIn(403);
    assertThat(tasksOfNora.status()).as(tasksOfNora.toString()).isEqualTo(200);
    JsonNode task = tasksOfNora.json();
    assertThat(task.path("id").asText()).isEqualTo(noraAssessment);
  }
}
