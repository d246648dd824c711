package org.alliancecompass.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancecompass.taskform.FormDefinition;
import org.alliancecompass.taskform.FormField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The health model is what the health assessment form says, and the form keeps the contract's dimensions. */
class HealthModelTest {

  static final Path FORM = Path.of("forms", "health-assessment.form");

  @Test
  @DisplayName("The form defines the four dimensions of the evidence base, whose scores are the contract's result variables")
  void contractDimensions() {
    HealthModel model = HealthModel.load();
    assertThat(model.keys()).containsExactly("trust", "decisionMaking", "managementCapability", "flexibility");
    assertThat(model.dimensions()).extracting(Dimension::scoreVariable)
        .containsExactly("trustScore", "decisionMakingScore", "managementCapabilityScore", "flexibilityScore");
    assertThat(model.dimensions()).allSatisfy(d -> assertThat(d.statements()).as(d.key()).isNotEmpty());
  }

  @Test
  @DisplayName("Every statement of the model is a required 1-to-5 question of the form with \"don't know\", every comment optional")
  void statementsAreFormFields() throws IOException {
    HealthModel model = HealthModel.fromForm(Files.readString(FORM));
    FormDefinition form = FormDefinition.parse(Files.readString(FORM));
    for (Dimension dimension : model.dimensions()) {
      for (Statement statement : dimension.statements()) {
        FormField field = form.field(statement.key()).orElseThrow();
        assertThat(field.required()).as(statement.key()).isTrue();
        assertThat(field.options()).as(statement.key()).containsExactly("1", "2", "3", "4", "5", HealthModel.DONT_KNOW);
        assertThat(statement.text()).as(statement.key()).isEqualTo(field.label());
      }
      assertThat(form.field(dimension.commentKey()).orElseThrow().required()).as(dimension.commentKey()).isFalse();
    }
    assertThat(form.keys()).as("the form asks nothing the model does not know")
        .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(model.statementKeys().stream(),
            model.dimensions().stream().map(Dimension::commentKey)).toList());
  }

  @Test
  @DisplayName("A group of the form with the property 'dimension' is a dimension: adding one to the form adds it to the model")
  void aNewDimensionInTheForm() {
    String form = """
        {"id": "health-assessment", "components": [
          {"type": "text", "text": "# Health"},
          {"type": "group", "label": "Trust and loyalty", "properties": {"dimension": "trust"}, "components": [
            {"type": "radio", "key": "t1", "label": "Partners honour their commitments."},
            {"type": "textarea", "key": "trustComment", "label": "Comment"}]},
          {"type": "group", "label": "Value for money", "properties": {"dimension": "valueForMoney"}, "components": [
            {"type": "radio", "key": "v1", "label": "Benefits are shared fairly."},
            {"type": "radio", "key": "v2", "label": "Costs are known."}]}]}""";
    HealthModel model = HealthModel.fromForm(form);
    assertThat(model.keys()).containsExactly("trust", "valueForMoney");
    assertThat(model.dimension("valueForMoney").orElseThrow().statementKeys()).containsExactly("v1", "v2");
    assertThat(model.dimensionOf("v2")).map(Dimension::label).contains("Value for money");
    assertThat(model.options()).extracting(o -> o.get("value")).containsExactly("trust", "valueForMoney");
  }

  @Test
  @DisplayName("A model without dimensions, with a dimension twice, or a dimension without statements is refused")
  void invalidModels() {
    assertThatThrownBy(() -> HealthModel.fromForm("{\"components\": []}")).hasMessageContaining("at least one");
    assertThatThrownBy(() -> HealthModel.fromForm("""
        {"components": [{"type": "group", "properties": {"dimension": "trust"}, "components": []}]}"""))
        .hasMessageContaining("no statements");
    assertThatThrownBy(() -> HealthModel.fromForm("""
        {"components": [
          {"type": "group", "properties": {"dimension": "trust"}, "components": [{"type": "radio", "key": "a"}]},
          {"type": "group", "properties": {"dimension": "trust"}, "components": [{"type": "radio", "key": "b"}]}]}"""))
        .hasMessageContaining("unique");
  }
}
