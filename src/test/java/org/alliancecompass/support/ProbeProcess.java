package org.alliancecompass.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.alliancecompass.identity.Groups;
import org.alliancecompass.support.Rest.Response;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A one-task process for the platform's tests (restart, crash, several nodes): it depends on
 * nothing in the product's models, so those tests keep proving the platform while the models
 * change. Deployed through the REST API, as an operator deploys.
 */
public final class ProbeProcess {

  public static final String KEY = "platform-probe";
  public static final String TASK = "Task_Wait";

  private ProbeProcess() {
  }

  /** Deploys the probe (again only if it changed); {@code admin} needs the deployment permission. */
  public static void deploy(Rest admin) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
        .name("Platform probe")
        .camundaHistoryTimeToLive(1)
        .startEvent("Event_Started")
        .userTask(TASK).name("Wait").camundaCandidateGroups(Groups.MANAGERS)
        .endEvent("Event_Done")
        .done();
    Response response = admin.postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", KEY, "deploy-changed-only", "true"), KEY + ".bpmn", Bpmn.convertToString(model));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
  }

  /**
   * Starts an instance with String variables and returns its id.
   */
  public static String start(Rest rest, String businessKey, Map<String, String> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
    Response response = rest.post("/engine-rest/process-definition/key/" + KEY + "/start",
        Map.of("businessKey", businessKey, "variables", typed));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("id").asText();
  }
}
