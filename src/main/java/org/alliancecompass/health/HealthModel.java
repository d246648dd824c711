package org.alliancecompass.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The health model: the dimensions of successful alliancing and the statements that measure
 * them. Its one source is the health assessment form ({@code forms/health-assessment.form}),
 * where each dimension is a group with the custom property {@code dimension} (its key), the
 * group's label is the dimension's name, its radio fields are the statements and its text area
 * the comment. Every layer (scoring, the review tables, the review results, the forms that ask
 * per dimension, the dashboard, the CSV) iterates over this model: changing the statements, or
 * adding a dimension, is an edit of that form alone.
 */
public final class HealthModel {

  /** The id of the health assessment form, which defines the model. */
  public static final String FORM_ID = "health-assessment";
  /** Where the form is found on the class path (the top-level {@code forms/} folder). */
  public static final String FORM_RESOURCE = "forms/health-assessment.form";
  /** The variable holding the dimensions as options of the forms that ask per dimension ({@code valuesKey}). */
  public static final String DIMENSION_OPTIONS = "dimensionOptions";
  /** The field of an item of such a form (an action, a reading, a lesson) that names its dimension. */
  public static final String DIMENSION = "dimension";
  /** The custom property of a form group that makes it a dimension and names its key. */
  static final String DIMENSION_PROPERTY = "dimension";
  /** The custom property of a statement that a short pulse review asks it too. */
  static final String PULSE_PROPERTY = "pulse";
  /** The answer "don't know / not applicable": an answer, but no score. */
  public static final String DONT_KNOW = "DK";
  /** The variable the form reads to ask a pulse review's statements only ({@link ReviewFormat}). */
  public static final String REVIEW_FORMAT = "reviewFormat";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Dimension> dimensions;

  public HealthModel(List<Dimension> dimensions) {
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException("A health model needs at least one dimension");
    }
    if (dimensions.stream().map(Dimension::key).distinct().count() != dimensions.size()) {
      throw new IllegalArgumentException("Dimension keys must be unique: " + dimensions.stream().map(Dimension::key).toList());
    }
    dimensions.stream().filter(d -> d.statements().isEmpty()).findFirst().ifPresent(d -> {
      throw new IllegalArgumentException("Dimension '" + d.key() + "' has no statements");
    });
    this.dimensions = List.copyOf(dimensions);
  }

  /** The model of the health assessment form on the class path. */
  public static HealthModel load() {
    try (InputStream in = HealthModel.class.getClassLoader().getResourceAsStream(FORM_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("No " + FORM_RESOURCE + " on the class path");
      }
      return fromForm(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FORM_RESOURCE, e);
    }
  }

  /** Reads the model from a health assessment form (form-js JSON). */
  public static HealthModel fromForm(String formJson) {
    JsonNode form;
    try {
      form = JSON.readTree(formJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("The health assessment form is not JSON: " + e.getMessage(), e);
    }
    List<Dimension> dimensions = new ArrayList<>();
    collect(form.path("components"), dimensions);
    return new HealthModel(dimensions);
  }

  private static void collect(JsonNode components, List<Dimension> dimensions) {
    for (JsonNode component : components) {
      String key = component.path("properties").path(DIMENSION_PROPERTY).asText("");
      if ("group".equals(component.path("type").asText()) && !key.isBlank()) {
        dimensions.add(dimension(key, component));
      } else {
        collect(component.path("components"), dimensions);
      }
    }
  }

  private static Dimension dimension(String key, JsonNode group) {
    List<Statement> statements = new ArrayList<>();
    String comment = null;
    for (JsonNode field : group.path("components")) {
      switch (field.path("type").asText()) {
        case "radio", "select" -> statements.add(new Statement(field.path("key").asText(), field.path("label").asText(),
            field.path("properties").path(PULSE_PROPERTY).asBoolean(false)
                || "true".equals(field.path("properties").path(PULSE_PROPERTY).asText())));
        case "textarea", "textfield" -> comment = field.path("key").asText();
        default -> { }
      }
    }
    return new Dimension(key, group.path("label").asText(key), statements, comment);
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  public List<String> keys() {
    return dimensions.stream().map(Dimension::key).toList();
  }

  public Optional<Dimension> dimension(String key) {
    return dimensions.stream().filter(d -> d.key().equals(key)).findFirst();
  }

  /** The dimension's label, or the key itself for a key this model does not know (an older review's). */
  public String label(String key) {
    return dimension(key).map(Dimension::label).orElse(key);
  }

  /** The dimension a statement belongs to. */
  public Optional<Dimension> dimensionOf(String statementKey) {
    return dimensions.stream().filter(d -> d.statementKeys().contains(statementKey)).findFirst();
  }

  /** The statements a review of this format asks, dimension by dimension. */
  public List<String> statementKeys(ReviewFormat format) {
    return dimensions.stream().flatMap(d -> d.statementKeys(format).stream()).toList();
  }

  /** Every statement key, dimension by dimension. */
  public List<String> statementKeys() {
    return dimensions.stream().flatMap(d -> d.statementKeys().stream()).toList();
  }

  /** The dimensions as the options of a form field ({@code valuesKey}): label and value. */
  public List<Map<String, String>> options() {
    return dimensions.stream().map(d -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", d.label());
      option.put("value", d.key());
      return option;
    }).toList();
  }
}
