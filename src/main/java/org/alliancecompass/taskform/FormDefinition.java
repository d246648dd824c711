package org.alliancecompass.taskform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js schema) read as the list of its fields and their rules, so that the
 * server enforces the same rules the browser shows. Layout groups without a path are flattened;
 * components that hold no value (text, tables, images, buttons) are left out.
 */
public record FormDefinition(String id, List<FormField> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> VALUE_TYPES = Set.of("textfield", "textarea", "number", "radio", "select",
      "checklist", "taglist", "checkbox", "datetime");

  public FormDefinition {
    fields = List.copyOf(fields);
  }

  public static FormDefinition parse(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      String id = root.path("id").asText(null);
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("A Camunda Form needs a top-level 'id'");
      }
      return new FormDefinition(id, fieldsOf(root.path("components")));
    } catch (IOException e) {
      throw new UncheckedIOException("Not a Camunda Form: " + e.getMessage(), e);
    }
  }

  /** The field with this key, at the top level of the form. */
  public Optional<FormField> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** The variables the form writes: its top-level keys. */
  public Set<String> keys() {
    return Set.copyOf(fields.stream().map(FormField::key).toList());
  }

  private static List<FormField> fieldsOf(JsonNode components) {
    List<FormField> fields = new ArrayList<>();
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if ("group".equals(type) && !component.hasNonNull("path")) {
        fields.addAll(fieldsOf(component.path("components")));
      } else if ("dynamiclist".equals(type) || "group".equals(type)) {
        fields.add(field(component, component.path("path").asText(), "dynamiclist",
            fieldsOf(component.path("components"))));
      } else if (VALUE_TYPES.contains(type) && component.hasNonNull("key")) {
        fields.add(field(component, component.path("key").asText(), type, List.of()));
      }
    }
    return fields;
  }

  private static FormField field(JsonNode component, String key, String type, List<FormField> children) {
    JsonNode validate = component.path("validate");
    List<String> options = new ArrayList<>();
    component.path("values").forEach(option -> options.add(option.path("value").asText()));
    String hide = component.path("conditional").path("hide").asText(null);
    return new FormField(
        key,
        type,
        component.path("label").asText(null),
        component.path("description").asText(null),
        validate.path("required").asBoolean(false),
        number(validate, "min"),
        number(validate, "max"),
        integer(validate, "minLength"),
        integer(validate, "maxLength"),
        validate.path("pattern").asText(null),
        validate.path("validationType").asText(null),
        integer(component, "decimalDigits"),
        component.path("subtype").asText(null),
        options,
        component.path("valuesKey").asText(null),
        hide == null || hide.isBlank() ? null : hide.startsWith("=") ? hide.substring(1) : hide,
        component.path("disabled").asBoolean(false),
        children);
  }

  private static Double number(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.asDouble() : null;
  }

  private static Integer integer(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isNumber() ? value.asInt() : null;
  }
}
