package org.alliancecompass.taskform;

/**
 * A value that breaks a rule of its form.
 *
 * @param field the variable, with the item for dynamic lists: {@code improvementActions[2].owner}
 * @param message what is wrong, for the person who submitted it
 */
public record FormViolation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
