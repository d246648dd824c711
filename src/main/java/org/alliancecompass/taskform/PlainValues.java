package org.alliancecompass.taskform;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.spin.json.SpinJsonNode;

/**
 * Process variables as plain Java (strings, numbers, booleans, lists, maps), the shape form-js
 * and FEEL work with: Tasklist sends lists and objects as Camunda Spin JSON, which becomes lists
 * and maps here.
 */
public final class PlainValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PlainValues() {
  }

  public static Object plain(Object value) {
    if (value instanceof SpinJsonNode json) {
      try {
        return JSON.readValue(json.toString(), Object.class);
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("Not JSON: " + e.getOriginalMessage(), e);
      }
    }
    if (value instanceof Date date) {
      SimpleDateFormat iso = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssXXX");
      iso.setTimeZone(TimeZone.getTimeZone("UTC"));
      return iso.format(date);
    }
    return value;
  }

  public static Map<String, Object> plain(Map<String, Object> variables) {
    Map<String, Object> plain = new HashMap<>();
    variables.forEach((name, value) -> plain.put(name, plain(value)));
    return plain;
  }
}
