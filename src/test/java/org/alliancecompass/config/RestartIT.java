package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.ProbeProcess;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.Rest.Response;
import org.alliancecompass.support.TestFolders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps its data in an H2 file under {@code ALLIANCE_DATA_DIR}: the packaged
 * application, stopped as an operator stops it and started again on the same folder, carries on
 * where it was.
 */
@DisplayName("A restart of the embedded default")
class RestartIT {

  @Test
  @DisplayName("keeps a process instance started before it, with its variables and its open task")
  void processInstanceSurvivesRestart() {
    // given
    Map<String, String> environment = Map.of("ALLIANCE_DATA_DIR", TestFolders.fresh("restart-data").toString());
    String instanceId;
    try (AppProcess before = AppProcess.start("restart-before", environment)) {
      Rest admin = Rest.to(before.baseUrl()).as("admin", "admin");
      ProbeProcess.deploy(admin);
      instanceId = ProbeProcess.start(admin, "restart-check", Map.of("allianceName", "Riverside discharge alliance"));

      // when
      before.stop();
    }

    // then
    try (AppProcess after = AppProcess.start("restart-after", environment)) {
      Rest admin = Rest.to(after.baseUrl()).as("admin", "admin");
      Response instance = admin.get("/engine-rest/process-instance/" + instanceId);
      assertThat(instance.status()).as(instance.toString()).isEqualTo(200);
      assertThat(instance.json().path("businessKey").asText()).isEqualTo("restart-check");
      assertThat(admin.get("/engine-rest/process-instance/" + instanceId + "/variables/allianceName").json()
          .path("value").asText()).isEqualTo("Riverside discharge alliance");

      JsonNode tasks = admin.get("/engine-rest/task?processInstanceId=" + instanceId).json();
      assertThat(tasks).hasSize(1);
      Response completed = admin.post("/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete", Map.of());
      assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
      assertThat(admin.get("/engine-rest/history/process-instance/" + instanceId).json().path("state").asText())
          .isEqualTo("COMPLETED");
    }
  }
}
