package org.alliancecompass.health;

import java.util.List;

/**
 * One dimension of successful alliancing (Hutchinson and Spalburg 2016), as the health
 * assessment form defines it: a group of the form whose custom property {@code dimension} names
 * its key, holding the statements that measure it and an optional comment.
 *
 * @param key the key used in forms, tables and the API: {@code trust}, {@code decisionMaking}, ...
 * @param label what people read: "Trust and loyalty"
 * @param statements the statements answered 1 (strongly disagree) to 5 (strongly agree)
 * @param commentKey the form key of the dimension's optional comment, or null when it has none
 */
public record Dimension(String key, String label, List<Statement> statements, String commentKey) {

  public Dimension {
    statements = List.copyOf(statements);
  }

  /** The result variable of {@code alliance-review} holding the alliance's score: {@code trustScore}. */
  public String scoreVariable() {
    return key + "Score";
  }

  /** The statements a review of this format asks: all of them, or for a pulse review the pulse ones (the first, if none is marked). */
  public List<String> statementKeys(ReviewFormat format) {
    if (format == ReviewFormat.FULL) {
      return statementKeys();
    }
    List<String> pulse = statements.stream().filter(Statement::pulse).map(Statement::key).toList();
    return pulse.isEmpty() ? List.of(statements.get(0).key()) : pulse;
  }

  /** The form keys of the dimension's statements. */
  public List<String> statementKeys() {
    return statements.stream().map(Statement::key).toList();
  }
}
