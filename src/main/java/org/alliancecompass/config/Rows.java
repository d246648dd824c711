package org.alliancecompass.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * How the repositories turn rows into records: by the result's column names ({@code alliance_reference}
 * fills {@code allianceReference}), looked up once per query.
 *
 * <p>{@code JdbcClient.query(Class)} instead asks the result set for each component's camel-case
 * name first and falls back to the underscored one when that fails, so every such component of
 * every row threw an {@code SQLException}, and H2 wrote each one with its stack trace to its trace
 * file: about a sixth of the job executor's time while a quarter's reviews opened (review burst
 * benchmark, README "Performance").
 */
public final class Rows {

  private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

  private Rows() {
  }

  /** The row mapper of a record (or bean) type, made once and shared: it keeps no state between rows. */
  @SuppressWarnings("unchecked")
  public static <T> RowMapper<T> of(Class<T> type) {
    return (RowMapper<T>) MAPPERS.computeIfAbsent(type, DataClassRowMapper::new);
  }
}
