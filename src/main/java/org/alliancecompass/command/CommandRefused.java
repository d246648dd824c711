package org.alliancecompass.command;

/**
 * A command the product refuses, with the answer a caller can act on: who may not (403), what is
 * not there for them (404), what the state does not allow now (409), or which field is wrong (400).
 * Nothing has changed.
 */
public class CommandRefused extends RuntimeException {

  private final int status;
  private final String field;

  CommandRefused(int status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  static CommandRefused forbidden(String message) {
    return new CommandRefused(403, null, message);
  }

  static CommandRefused notFound(String reference) {
    return new CommandRefused(404, null, "There is no alliance " + reference + " that you can see");
  }

  static CommandRefused conflict(String message) {
    return new CommandRefused(409, null, message);
  }

  static CommandRefused invalid(String field, String message) {
    return new CommandRefused(400, field, field + ": " + message);
  }

  public int status() {
    return status;
  }

  /** The field the problem is with, for a 400; null otherwise. */
  public String field() {
    return field;
  }
}
