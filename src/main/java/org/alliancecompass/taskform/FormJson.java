package org.alliancecompass.taskform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Variables a form reads (options named by {@code valuesKey}, rows of a table, prefilled dynamic
 * lists) are stored as Camunda Spin JSON: Tasklist hands them to form-js as JSON, and submits a
 * choice among such options back as JSON, which a Java-typed variable would refuse.
 */
public final class FormJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormJson() {
  }

  public static TypedValue of(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write form data as JSON", e);
    }
  }
}
