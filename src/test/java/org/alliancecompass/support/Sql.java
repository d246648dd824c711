package org.alliancecompass.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Looks at what the application left in its database, for the tests that must see past the REST
 * API: the domain tables, and the engine's job log. Plain JDBC on a connection the test opens.
 */
public final class Sql {

  private Sql() {
  }

  /** The single number a query answers, e.g. {@code select count(*) ...}. */
  public static long number(Connection connection, String sql, Object... parameters) throws SQLException {
    List<List<Object>> rows = rows(connection, sql, parameters);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new IllegalStateException("Not a single value: " + sql);
    }
    return ((Number) rows.get(0).get(0)).longValue();
  }

  /** {@code select key, count(*) ... group by key} as a map, keys in order. */
  public static Map<String, Long> countBy(Connection connection, String sql, Object... parameters) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (List<Object> row : rows(connection, sql, parameters)) {
      counts.put(String.valueOf(row.get(0)), ((Number) row.get(1)).longValue());
    }
    return counts;
  }

  public static List<List<Object>> rows(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        List<List<Object>> rows = new ArrayList<>();
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          List<Object> row = new ArrayList<>();
          for (int column = 1; column <= columns; column++) {
            row.add(result.getObject(column));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  /** Runs a statement that changes the database, e.g. the fault a test injects. */
  public static void execute(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }
}
