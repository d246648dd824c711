package org.alliancecompass.web;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.web.AllianceAccess.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks per alliance, in one query over Camunda's runtime tables: every process
 * of an alliance carries its reference as business key, so a portfolio of hundreds of alliances
 * costs one round trip, not one task query per alliance. Managers and the board count every task
 * of an alliance; a partner representative counts the tasks they can work on (their
 * organisation's, or assigned to them), the same ones Tasklist shows them.
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

  Map<String, Counts> byAlliance(Viewer viewer) {
    return query(viewer, null);
  }

  Counts of(Viewer viewer, String reference) {
    return query(viewer, reference).getOrDefault(reference, Counts.NONE);
  }

  private Map<String, Counts> query(Viewer viewer, String reference) {
    String mine = viewer.staff() ? "" : """
         and (t.ASSIGNEE_ = :user or exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_
           and l.TYPE_ = 'candidate' and l.GROUP_ID_ in (:groups)))""";
    var statement = jdbc.sql("""
            select p.BUSINESS_KEY_ as reference, count(*) as open_tasks,
              sum(case when t.DUE_DATE_ < :now then 1 else 0 end) as overdue_tasks
            from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
            where p.BUSINESS_KEY_ is not null""" + (reference == null ? "" : " and p.BUSINESS_KEY_ = :reference")
            + (mine.isEmpty() ? "" : " " + mine.strip()) + " group by p.BUSINESS_KEY_")
        // Camunda stores due dates as timestamps in the JVM's time zone; compare in the same
        .param("now", new Timestamp(System.currentTimeMillis()));
    if (reference != null) {
      statement = statement.param("reference", reference);
    }
    if (!viewer.staff()) {
      // a group no one has keeps the list valid for a representative without an organisation
      statement = statement.param("user", viewer.user())
          .param("groups", viewer.organisations().isEmpty() ? List.of("-") : viewer.organisations());
    }
    Map<String, Counts> counts = new HashMap<>();
    statement.query(rs -> {
      counts.put(rs.getString("reference"), new Counts(rs.getInt("open_tasks"), rs.getInt("overdue_tasks")));
    });
    return counts;
  }
}
