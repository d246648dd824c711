package org.alliancecompass.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.selection.FitScoring;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The forms and the code that reads them agree on every key, option and default. */
class FormsContractTest {

  static FormDefinition form(String id) throws IOException {
    return FormDefinition.parse(Files.readString(Path.of("forms", id + ".form")));
  }

  @Test
  @DisplayName("The candidate fit assessment asks the seven criteria of the fit score")
  void candidateFit() throws IOException {
    FormDefinition form = form("candidate-fit-assessment");
    Arrays.stream(FitScoring.Criterion.values()).forEach(c ->
        assertThat(form.field(c.key()).orElseThrow().options()).as(c.key()).containsExactly("1", "2", "3", "4", "5"));
  }

  @Test
  @DisplayName("The proposal form offers exactly the alliance types of the contract, and the same defaults as the server")
  void proposal() throws IOException {
    FormDefinition form = form("alliance-proposal");
    assertThat(form.field("allianceType").orElseThrow().options())
        .containsExactlyInAnyOrder(Arrays.stream(AllianceType.values()).map(Enum::name).toArray(String[]::new));
    assertThat(form.field("allianceName").orElseThrow().required()).isTrue();
    var components = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Path.of("forms/alliance-proposal.form").toFile()).path("components");
    java.util.Map<String, String> defaults = new java.util.HashMap<>();
    components.forEach(c -> defaults.put(c.path("key").asText(), c.path("defaultValue").asText(null)));
    assertThat(defaults).containsEntry("allianceType", AllianceType.DEFAULT.name())
        .containsEntry(LifecycleProcess.REVIEW_CYCLE_CHOICE.getName(), ReviewCycle.DEFAULT.toString());
  }

  @Test
  @DisplayName("The proposal's review cycle choices are cycles the server takes, and 'Other' opens the contract's free field")
  void reviewCycleChoices() throws IOException {
    FormDefinition form = form("alliance-proposal");
    List<String> choices = form.field(LifecycleProcess.REVIEW_CYCLE_CHOICE.getName()).orElseThrow().options();
    assertThat(choices).containsExactly("P1M", "P3M", "P6M", "P1Y", LifecycleProcess.OTHER_REVIEW_CYCLE);
    choices.stream().filter(c -> !c.equals(LifecycleProcess.OTHER_REVIEW_CYCLE)).forEach(ReviewCycle::parse);
    FormField other = form.field(LifecycleProcess.REVIEW_CYCLE.getName()).orElseThrow();
    assertThat(other.hideWhen()).contains(LifecycleProcess.REVIEW_CYCLE_CHOICE.getName())
        .contains(LifecycleProcess.OTHER_REVIEW_CYCLE);
    assertThat(other.required()).as("a client may send neither and get the default").isFalse();
  }

  @Test
  @DisplayName("Every user task's form says what happens once it is completed, for Tasklist's confirmation")
  void everyTaskFormSaysWhatHappensNext() throws IOException {
    List<String> taskForms = new ArrayList<>();
    try (var models = Files.list(Path.of("bpmn"))) {
      models.filter(f -> f.toString().endsWith(".bpmn")).forEach(model -> Bpmn.readModelFromFile(model.toFile())
          .getModelElementsByType(UserTask.class).forEach(task -> taskForms.add(task.getCamundaFormRef())));
    }
    assertThat(taskForms).hasSizeGreaterThan(10);
    for (String id : taskForms) {
      String next = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of("forms", id + ".form").toFile())
          .path("properties").path("afterCompletion").asText();
      assertThat(next).as(id).hasSizeBetween(40, 300).endsWith(".");
    }
  }
}
