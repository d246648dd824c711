package org.alliancecompass.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.selection.FitScoring;
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
        .containsEntry("reviewCycle", ReviewCycle.DEFAULT.toString());
  }
}
