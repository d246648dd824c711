package org.alliancecompass.taskform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The rules of a Camunda Form, applied on the server: what form-js checks in the browser
 * ({@code required}, {@code min}, {@code max}, {@code minLength}, {@code maxLength},
 * {@code pattern}, {@code validationType}, decimal digits), plus what the browser guarantees by
 * its widgets and a hostile client does not: the type of each value and that a choice is one of
 * the field's options. Fields hidden by their condition are not checked, as in form-js.
 *
 * <p>A pure function of the form and the data; the FEEL evaluation of conditions is passed in.
 */
public final class FormRules {

  /** No text field takes more than this, whatever its form says. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  private static final Pattern EMAIL = Pattern.compile(
      "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
  private static final Pattern PHONE = Pattern.compile("^(\\+|00)\\d{6,20}$");

  private final BiPredicate<String, Map<String, Object>> condition;

  /** @param condition tells whether a FEEL condition holds in a data context */
  public FormRules(BiPredicate<String, Map<String, Object>> condition) {
    this.condition = condition;
  }

  /**
   * Checks the data of a submission against its form.
   *
   * @param data the values as plain Java: strings, numbers, booleans, lists and maps; it also
   *     holds the variables that options ({@code valuesKey}) and conditions refer to
   */
  public List<FormViolation> check(FormDefinition form, Map<String, Object> data) {
    List<FormViolation> violations = new ArrayList<>();
    checkFields(form.fields(), data, data, "", violations);
    return violations;
  }

  private void checkFields(List<FormField> fields, Map<String, Object> values, Map<String, Object> context,
      String prefix, List<FormViolation> violations) {
    for (FormField field : fields) {
      if (field.disabled() || (field.hideWhen() != null && condition.test(field.hideWhen(), context))) {
        continue;
      }
      String name = prefix + field.key();
      Object value = values.get(field.key());
      if (isMissing(field, value)) {
        if (field.required()) {
          violations.add(new FormViolation(name, "is required (" + field.displayName() + ")"));
        }
        continue;
      }
      String problem = field.isDynamicList()
          ? checkItems(field, value, context, name, violations)
          : problem(field, value, context);
      if (problem != null) {
        violations.add(new FormViolation(name, problem + " (" + field.displayName() + ")"));
      }
    }
  }

  private String checkItems(FormField list, Object value, Map<String, Object> context, String name,
      List<FormViolation> violations) {
    if (!(value instanceof List<?> items)) {
      return "must be a list of entries";
    }
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> item)) {
        return "entry " + (i + 1) + " must be an object with the fields of the list";
      }
      Map<String, Object> itemValues = new HashMap<>();
      item.forEach((k, v) -> itemValues.put(String.valueOf(k), v));
      Map<String, Object> itemContext = new HashMap<>(context);
      itemContext.putAll(itemValues);
      checkFields(list.children(), itemValues, itemContext, name + "[" + (i + 1) + "].", violations);
    }
    return null;
  }

  private static boolean isMissing(FormField field, Object value) {
    return value == null
        || (value instanceof String text && text.isBlank())
        || (value instanceof List<?> list && list.isEmpty())
        || ("checkbox".equals(field.type()) && Boolean.FALSE.equals(value));
  }

  /** The problem with a present value, or null when it keeps every rule. */
  private String problem(FormField field, Object value, Map<String, Object> context) {
    return switch (field.type()) {
      case "textfield", "textarea" -> textProblem(field, value);
      case "number" -> numberProblem(field, value);
      case "radio", "select" -> choiceProblem(field, value, context);
      case "checklist", "taglist" -> choicesProblem(field, value, context);
      case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
      case "datetime" -> dateTimeProblem(field, value);
      default -> null;
    };
  }

  private static String textProblem(FormField field, Object value) {
    if (!(value instanceof String text)) {
      return "must be text";
    }
    int length = text.trim().length();
    int max = field.maxLength() == null ? MAX_TEXT_LENGTH : Math.min(field.maxLength(), MAX_TEXT_LENGTH);
    if (length > max) {
      return "must be at most " + max + " characters, got " + length;
    }
    if (field.minLength() != null && length < field.minLength()) {
      return "must be at least " + field.minLength() + " characters, got " + length;
    }
    if (field.pattern() != null && !matches(field.pattern(), text)) {
      return "'" + abbreviate(text) + "' is not in the expected format"
          + (field.description() == null ? " " + field.pattern() : ": " + field.description());
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      return "must be an email address";
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text.replace(" ", "")).matches()) {
      return "must be an international phone number, e.g. +441234567890";
    }
    return null;
  }

  private static boolean matches(String pattern, String text) {
    try {
      return Pattern.compile(pattern).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return true; // a pattern Java cannot read is the form's fault, not the submitter's
    }
  }

  private static String numberProblem(FormField field, Object value) {
    BigDecimal number = toNumber(value);
    if (number == null) {
      return "must be a number, got '" + abbreviate(value) + "'";
    }
    if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
      return "must be at least " + plain(field.min()) + ", got " + number.toPlainString();
    }
    if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
      return "must be at most " + plain(field.max()) + ", got " + number.toPlainString();
    }
    if (field.decimalDigits() != null && Math.max(number.stripTrailingZeros().scale(), 0) > field.decimalDigits()) {
      return field.decimalDigits() == 0 ? "must be a whole number"
          : "must have at most " + field.decimalDigits() + " decimal digits";
    }
    return null;
  }

  static BigDecimal toNumber(Object value) {
    try {
      if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
        return null;
      }
      if (value instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      if (value instanceof String s && s.length() < 40) {
        return new BigDecimal(s.trim());
      }
    } catch (NumberFormatException e) {
      return null;
    }
    return null;
  }

  private String choiceProblem(FormField field, Object value, Map<String, Object> context) {
    if (value instanceof List<?> || value instanceof Map<?, ?>) {
      return "must be a single choice";
    }
    List<String> options = options(field, context);
    return options.contains(String.valueOf(value)) ? null
        : "'" + abbreviate(value) + "' is not one of the options " + optionList(options);
  }

  private String choicesProblem(FormField field, Object value, Map<String, Object> context) {
    if (!(value instanceof List<?> values)) {
      return "must be a list of choices";
    }
    List<String> options = options(field, context);
    for (Object choice : values) {
      if (choice instanceof List<?> || choice instanceof Map<?, ?> || !options.contains(String.valueOf(choice))) {
        return "'" + abbreviate(choice) + "' is not one of the options " + optionList(options);
      }
    }
    if (values.size() != values.stream().distinct().count()) {
      return "names a choice more than once";
    }
    return null;
  }

  /** The option values of a field: declared in the form, or read from its {@code valuesKey} variable. */
  static List<String> options(FormField field, Map<String, Object> context) {
    if (field.valuesKey() == null) {
      return field.options();
    }
    if (!(context.get(field.valuesKey()) instanceof List<?> entries)) {
      return List.of();
    }
    return entries.stream()
        .map(entry -> entry instanceof Map<?, ?> option ? option.get("value") : entry)
        .filter(Objects::nonNull)
        .map(String::valueOf)
        .toList();
  }

  private static String dateTimeProblem(FormField field, Object value) {
    if (!(value instanceof String text)) {
      return "must be a date given as text, e.g. 2026-12-31";
    }
    try {
      switch (field.subtype() == null ? "date" : field.subtype()) {
        case "time" -> LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
        case "datetime" -> {
          try {
            OffsetDateTime.parse(text);
          } catch (DateTimeParseException e) {
            LocalDateTime.parse(text);
          }
        }
        default -> LocalDate.parse(text);
      }
      return null;
    } catch (DateTimeParseException e) {
      return "'" + abbreviate(text) + "' is not a valid " + (field.subtype() == null ? "date" : field.subtype())
          + " (expected e.g. 2026-12-31)";
    }
  }

  private static String optionList(List<String> options) {
    return options.isEmpty() ? "(none are available)" : String.join(", ", options);
  }

  private static String plain(Double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  private static String abbreviate(Object value) {
    return SafeEcho.of(value);
  }
}
