package org.alliancecompass.taskform;

import java.util.List;

/**
 * One input of a Camunda Form, with the rules the form declares for it. Layout-only components
 * (text, tables, separators) are not fields; a dynamic list is a field whose value is a list of
 * items, each holding the values of its {@link #children()}.
 *
 * @param key the variable the field writes (for a dynamic list: its {@code path})
 * @param type the form-js component type ({@code textfield}, {@code number}, {@code radio}, ...)
 * @param options static option values ({@code values}); empty when none are declared
 * @param valuesKey the variable holding the options, when they depend on data
 * @param hideWhen the FEEL condition that hides the field (without the leading {@code =}), or null
 */
public record FormField(
    String key,
    String type,
    String label,
    String description,
    boolean required,
    Double min,
    Double max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    String validationType,
    Integer decimalDigits,
    String subtype,
    List<String> options,
    String valuesKey,
    String hideWhen,
    boolean disabled,
    List<FormField> children) {

  public FormField {
    options = List.copyOf(options);
    children = List.copyOf(children);
  }

  /** The label a person reads, or the key when the form gives none. */
  public String displayName() {
    return label == null || label.isBlank() ? key : label;
  }

  boolean isDynamicList() {
    return "dynamiclist".equals(type);
  }

  boolean hasOptions() {
    return !options.isEmpty() || valuesKey != null;
  }
}
