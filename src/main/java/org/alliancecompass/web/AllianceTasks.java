package org.alliancecompass.web;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per alliance, in one query over Camunda's runtime tables: every process
 * of an alliance carries its reference as business key, so a portfolio of hundreds of alliances
 * costs one round trip, not one task query per alliance.
 */
@Component
class AllianceTasks {

  /** Open tasks of an alliance and how many of them are past their due date. */
  record Counts(int open, int overdue) {
    static final Counts NONE = new Counts(0, 0);
  }

  private final JdbcClient jdbc;

  AllianceTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Map<String, Counts> byAlliance() {
    return query("p.BUSINESS_KEY_ is not null", null);
  }

  Counts of(String reference) {
    return query("p.BUSINESS_KEY_ = ?", reference).getOrDefault(reference, Counts.NONE);
  }

  private Map<String, Counts> query(String condition, String reference) {
    Map<String, Counts> counts = new HashMap<>();
    // Camunda stores due dates as timestamps in the JVM's time zone; compare in the same
    var statement = jdbc.sql("""
            select p.BUSINESS_KEY_ as reference, count(*) as open_tasks,
              sum(case when t.DUE_DATE_ < ? then 1 else 0 end) as overdue_tasks
            from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
            where %s group by p.BUSINESS_KEY_""".formatted(condition))
        .param(new Timestamp(System.currentTimeMillis()));
    if (reference != null) {
      statement = statement.param(reference);
    }
    statement.query(rs -> {
      counts.put(rs.getString("reference"), new Counts(rs.getInt("open_tasks"), rs.getInt("overdue_tasks")));
    });
    return counts;
  }
}
