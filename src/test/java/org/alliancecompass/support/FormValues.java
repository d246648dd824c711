package org.alliancecompass.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;

/** Form field values the tests submit, said briefly. */
public final class FormValues {

  private static final HealthModel MODEL = HealthModel.load();

  private FormValues() {
  }

  /** {@code values("objectivesAchieved", 40, "objectiveNotes", "On plan")}, in that order. */
  public static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  /**
   * A health assessment answering every statement of a dimension the same, as Tasklist sends radio
   * values; a dimension of the health model other than the four named is answered 3.
   */
  public static Map<String, Object> health(int trust, int decisionMaking, int managementCapability, int flexibility) {
    Map<String, Integer> byDimension = Map.of("trust", trust, "decisionMaking", decisionMaking,
        "managementCapability", managementCapability, "flexibility", flexibility);
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Dimension dimension : MODEL.dimensions()) {
      String answer = String.valueOf(byDimension.getOrDefault(dimension.key(), 3));
      dimension.statementKeys().forEach(statement -> answers.put(statement, answer));
    }
    return answers;
  }

  /**
   * The lessons form's list: a lesson for each dimension of the health model, in its order, the
   * lessons given first and {@code "No lesson"} for any further dimension.
   */
  public static List<Map<String, Object>> lessons(String... perDimension) {
    List<Map<String, Object>> lessons = new ArrayList<>();
    for (int i = 0; i < MODEL.dimensions().size(); i++) {
      lessons.add(values("dimension", MODEL.keys().get(i), "lesson", i < perDimension.length ? perDimension[i] : "No lesson"));
    }
    return lessons;
  }
}
