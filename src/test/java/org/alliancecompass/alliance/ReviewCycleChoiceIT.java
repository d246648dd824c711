package org.alliancecompass.alliance;

import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start form offers the review cycle as choices, with "Other" for any ISO-8601 period; the
 * contract's start variable {@code reviewCycle} keeps working for a client that sends it alone, and is
 * the one variable that carries the cycle once the alliance is registered.
 */
class ReviewCycleChoiceIT extends InProcessApplication {

  private static final String START = "/engine-rest/process-definition/key/alliance-lifecycle/submit-form";

  private final TasklistClient tasklist;
  private final Alliances alliances;
  private final RuntimeService runtime;

  ReviewCycleChoiceIT(@LocalServerPort int port, Alliances alliances, RuntimeService runtime) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.alliances = alliances;
    this.runtime = runtime;
  }

  @Test
  @DisplayName("A choice, 'Other' with a period, reviewCycle alone, or nothing: each alliance gets the cycle it asked for")
  void everyWayToGiveTheCycle() {
    assertThat(cycleOf(start(values("allianceName", "Chosen cycle", "reviewCycleChoice", "P6M")))).isEqualTo("P6M");
    assertThat(cycleOf(start(values("allianceName", "Other cycle", "reviewCycleChoice", "OTHER", "reviewCycle", "P2M"))))
        .isEqualTo("P2M");
    assertThat(cycleOf(start(values("allianceName", "Contract client", "reviewCycle", "P10D")))).isEqualTo("P10D");
    assertThat(cycleOf(start(values("allianceName", "No cycle given")))).isEqualTo("P3M");
  }

  @Test
  @DisplayName("Once registered, the alliance's process carries the cycle in reviewCycle alone, not the form's choice")
  void onlyTheContractVariableRemains() {
    // when
    Rest.Response started = start(values("allianceName", "Cycle variables", "reviewCycleChoice", "P1Y"));

    // then
    Map<String, Object> variables = runtime.getVariables(started.json().path("id").asText());
    assertThat(variables).containsEntry("reviewCycle", "P1Y").doesNotContainKey("reviewCycleChoice");
  }

  @Test
  @DisplayName("A choice that is not offered, or 'Other' without a period, is refused naming the field")
  void refusals() {
    int before = alliances.findAll().size();

    Rest.Response notOffered = start(values("allianceName", "Fortnightly", "reviewCycleChoice", "P2W"));
    Rest.Response otherWithout = start(values("allianceName", "Other, empty", "reviewCycleChoice", "OTHER"));

    assertThat(notOffered.status()).isEqualTo(400);
    assertThat(notOffered.body()).contains("reviewCycleChoice").contains("not one of the options");
    assertThat(otherWithout.status()).isEqualTo(400);
    assertThat(otherWithout.body()).contains("reviewCycle: is required when the review cycle is 'Other'");
    assertThat(alliances.findAll()).hasSize(before);
  }

  private Rest.Response start(Map<String, Object> values) {
    return tasklist.as("mia").post(START, Map.of("variables", TasklistClient.variables(values)));
  }

  private String cycleOf(Rest.Response started) {
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return alliances.find(started.json().path("businessKey").asText()).orElseThrow().reviewCycle();
  }
}
