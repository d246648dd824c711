package org.alliancecompass.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.alliancecompass.review.Dimension;

/** Form field values the tests submit, said briefly. */
public final class FormValues {

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

  /** A health assessment answering every statement of a dimension the same, as Tasklist sends radio values. */
  public static Map<String, Object> health(int trust, int decisionMaking, int managementCapability, int flexibility) {
    Map<String, Object> answers = new LinkedHashMap<>();
    int[] byDimension = {trust, decisionMaking, managementCapability, flexibility};
    for (Dimension dimension : Dimension.values()) {
      dimension.items().forEach(item -> answers.put(item, String.valueOf(byDimension[dimension.ordinal()])));
    }
    return answers;
  }
}
