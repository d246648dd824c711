package org.alliancecompass.taskform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The server-side rules of a Camunda Form, one kind of rule at a time. */
class FormRulesTest {

  static final FormDefinition FORM = FormDefinition.parse("""
      {"id": "sample", "type": "default", "schemaVersion": 16, "components": [
        {"type": "text", "text": "# Heading"},
        {"type": "textfield", "key": "name", "label": "Name", "validate": {"required": true, "minLength": 3, "maxLength": 10}},
        {"type": "textfield", "key": "code", "label": "Code", "validate": {"pattern": "^P\\\\d+M$"}},
        {"type": "textfield", "key": "email", "label": "Email", "validate": {"validationType": "email"}},
        {"type": "number", "key": "share", "label": "Share", "decimalDigits": 1, "validate": {"min": 0, "max": 100}},
        {"type": "radio", "key": "answer", "label": "Answer", "values": [{"label": "One", "value": "1"}, {"label": "Two", "value": "2"}]},
        {"type": "select", "key": "partner", "label": "Partner", "valuesKey": "partnerOptions"},
        {"type": "checklist", "key": "partners", "label": "Partners", "valuesKey": "partnerOptions", "validate": {"required": true}},
        {"type": "checkbox", "key": "agreed", "label": "Agreed", "validate": {"required": true}},
        {"type": "datetime", "key": "due", "subtype": "date", "dateLabel": "Due"},
        {"type": "radio", "key": "decision", "label": "Decision", "values": [{"label": "Sign", "value": "SIGN"}, {"label": "Decline", "value": "DECLINE"}]},
        {"type": "textarea", "key": "reason", "label": "Reason", "validate": {"required": true}, "conditional": {"hide": "=decision != \\"DECLINE\\""}},
        {"type": "group", "label": "Layout only", "components": [
          {"type": "textarea", "key": "note", "label": "Note"}]},
        {"type": "dynamiclist", "path": "actions", "label": "Actions", "components": [
          {"type": "textfield", "key": "owner", "label": "Owner", "validate": {"required": true}},
          {"type": "number", "key": "days", "label": "Days", "validate": {"min": 1}}]}
      ]}""");

  final FormRules rules = new FormRules(new FeelConditions());

  Map<String, Object> valid() {
    Map<String, Object> data = new HashMap<>();
    data.put("name", "North");
    data.put("partnerOptions", List.of(Map.of("label", "North", "value", "north"), Map.of("label", "City", "value", "city")));
    data.put("partners", List.of("north"));
    data.put("agreed", true);
    data.put("decision", "SIGN");
    return data;
  }

  List<String> problems(Map<String, Object> data) {
    return rules.check(FORM, data).stream().map(FormViolation::toString).toList();
  }

  @Test
  @DisplayName("A submission keeping every rule passes; layout components and hidden fields are not checked")
  void valid_submission_passes() {
    assertThat(FORM.keys()).containsExactlyInAnyOrder("name", "code", "email", "share", "answer", "partner", "partners",
        "agreed", "due", "decision", "reason", "note", "actions");
    assertThat(problems(valid())).isEmpty();
  }

  @Test
  @DisplayName("Required: missing, blank text, an empty list and an unticked checkbox are refused, naming the field")
  void required() {
    Map<String, Object> data = valid();
    data.remove("name");
    data.put("partners", List.of());
    data.put("agreed", false);
    assertThat(problems(data)).containsExactly("name: is required (Name)", "partners: is required (Partners)",
        "agreed: is required (Agreed)");
    data.put("name", "   ");
    assertThat(problems(data)).first().asString().startsWith("name: is required");
  }

  @Test
  @DisplayName("Lengths and patterns of text, and text where text belongs")
  void text() {
    assertThat(problems(with("name", "No"))).containsExactly("name: must be at least 3 characters, got 2 (Name)");
    assertThat(problems(with("name", "Far too long a name"))).first().asString().contains("at most 10 characters");
    assertThat(problems(with("name", 12345))).containsExactly("name: must be text (Name)");
    assertThat(problems(with("code", "P3M"))).isEmpty();
    assertThat(problems(with("code", "3 months"))).first().asString().startsWith("code: '3 months' is not in the expected format");
    assertThat(problems(with("email", "not-an-email"))).containsExactly("email: must be an email address (Email)");
    assertThat(problems(with("note", "x".repeat(FormRules.MAX_TEXT_LENGTH + 1)))).first().asString()
        .contains("at most 10000 characters");
  }

  @Test
  @DisplayName("Numbers: range, decimal digits, and numbers given as text")
  void numbers() {
    assertThat(problems(with("share", 100))).isEmpty();
    assertThat(problems(with("share", "55.5"))).isEmpty();
    assertThat(problems(with("share", 100.5))).containsExactly("share: must be at most 100, got 100.5 (Share)");
    assertThat(problems(with("share", -1))).containsExactly("share: must be at least 0, got -1 (Share)");
    assertThat(problems(with("share", 10.25))).containsExactly("share: must have at most 1 decimal digits (Share)");
    assertThat(problems(with("share", "lots"))).containsExactly("share: must be a number, got 'lots' (Share)");
    assertThat(problems(with("share", Double.NaN))).first().asString().contains("must be a number");
  }

  @Test
  @DisplayName("Options: static values and values from a variable (valuesKey); one choice or a list of choices")
  void options() {
    assertThat(problems(with("answer", "2"))).isEmpty();
    assertThat(problems(with("answer", 2))).as("a number where the option is the text 2").isEmpty();
    assertThat(problems(with("answer", "3"))).containsExactly("answer: '3' is not one of the options 1, 2 (Answer)");
    assertThat(problems(with("answer", List.of("1")))).containsExactly("answer: must be a single choice (Answer)");
    assertThat(problems(with("partner", "city"))).isEmpty();
    assertThat(problems(with("partner", "elsewhere"))).first().asString().contains("not one of the options north, city");
    assertThat(problems(with("partners", List.of("north", "elsewhere")))).first().asString().contains("'elsewhere'");
    assertThat(problems(with("partners", List.of("north", "north")))).first().asString().contains("more than once");
    assertThat(problems(with("partners", "north"))).containsExactly("partners: must be a list of choices (Partners)");
  }

  @Test
  @DisplayName("Options named by a variable that is missing leave nothing to choose from")
  void missingOptions() {
    Map<String, Object> data = valid();
    data.remove("partnerOptions");
    assertThat(problems(data)).containsExactly("partners: 'north' is not one of the options (none are available) (Partners)");
  }

  @Test
  @DisplayName("Checkboxes take true or false, dates a calendar date")
  void checkboxesAndDates() {
    assertThat(problems(with("agreed", "yes"))).containsExactly("agreed: must be true or false (Agreed)");
    assertThat(problems(with("due", "2026-12-31"))).isEmpty();
    assertThat(problems(with("due", "2026-02-30"))).first().asString().contains("is not a valid date");
    assertThat(problems(with("due", "next week"))).first().asString().contains("is not a valid date");
  }

  @Test
  @DisplayName("A field shown by a FEEL condition is required only when shown")
  void conditions() {
    assertThat(problems(with("decision", "DECLINE"))).containsExactly("reason: is required (Reason)");
    Map<String, Object> declined = with("decision", "DECLINE");
    declined.put("reason", "Share too high");
    assertThat(problems(declined)).isEmpty();
  }

  @Test
  @DisplayName("Dynamic lists: each entry is checked, and the field names the entry")
  void dynamicLists() {
    assertThat(problems(with("actions", List.of(Map.of("owner", "Mia", "days", 5))))).isEmpty();
    assertThat(problems(with("actions", List.of(Map.of("owner", "Mia"), Map.of("days", 0)))))
        .containsExactly("actions[2].owner: is required (Owner)", "actions[2].days: must be at least 1, got 0 (Days)");
    assertThat(problems(with("actions", "not a list"))).containsExactly("actions: must be a list of entries (Actions)");
    assertThat(problems(with("actions", List.of("text")))).first().asString().contains("entry 1 must be an object");
  }

  Map<String, Object> with(String key, Object value) {
    Map<String, Object> data = valid();
    data.put(key, value);
    return data;
  }
}
