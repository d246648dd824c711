package org.alliancecompass.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest.Response;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partner organisation's work stays with that organisation: Camunda's authorizations, applied
 * to the REST API because every call runs as the signed-in user. The task is a standalone one for
 * the {@code city-council} group, the way a process's user task with that candidate group is.
 */
@DisplayName("A task for one partner organisation")
class PartnerTaskVisibilityIT extends InProcessApplication {

  private static final String CITY_COUNCIL = "city-council";

  private final TaskService taskService;
  private String taskId;

  PartnerTaskVisibilityIT(@LocalServerPort int port, TaskService taskService) {
    super(port);
    this.taskService = taskService;
  }

  @BeforeEach
  void taskForCityCouncil() {
    Task task = taskService.newTask();
    task.setName("Assess candidate fit: Riverside discharge alliance");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), CITY_COUNCIL);
    taskId = task.getId();
  }

  @AfterEach
  void removeTask() {
    taskService.deleteTask(taskId, true);
  }

  @Test
  @DisplayName("is listed for that organisation's representative and not for another organisation's")
  void listedForOwnOrganisationOnly() {
    // when
    List<String> carlSees = taskIds(rest().as("carl", "carl").get("/engine-rest/task"));
    List<String> noraSees = taskIds(rest().as("nora", "nora").get("/engine-rest/task"));
    List<String> noraAsksForCityCouncil =
        taskIds(rest().as("nora", "nora").get("/engine-rest/task?candidateGroup=" + CITY_COUNCIL));

    // then
    assertThat(carlSees).contains(taskId);
    assertThat(noraSees).doesNotContain(taskId);
    assertThat(noraAsksForCityCouncil).doesNotContain(taskId);
  }

  @Test
  @DisplayName("cannot be opened or claimed by another organisation's representative")
  void notOpenedOrClaimedByAnotherOrganisation() {
    // when
    Response noraOpens = rest().as("nora", "nora").get("/engine-rest/task/" + taskId);
    Response noraClaims = rest().as("nora", "nora").post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "nora"));
    Response carlOpens = rest().as("carl", "carl").get("/engine-rest/task/" + taskId);

    // then
    assertThat(noraOpens.status()).as(noraOpens.toString()).isIn(403, 404);
    assertThat(noraClaims.status()).as(noraClaims.toString()).isIn(403, 404);
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    assertThat(carlOpens.status()).as(carlOpens.toString()).isEqualTo(200);
    assertThat(carlOpens.json().path("name").asText()).isEqualTo("Assess candidate fit: Riverside discharge alliance");
  }

  private static List<String> taskIds(Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.ids();
  }
}
