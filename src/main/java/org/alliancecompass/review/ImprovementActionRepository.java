package org.alliancecompass.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The improvement actions agreed at reviews. Other modules use {@link Reviews}. */
@Repository
class ImprovementActionRepository {

  private final JdbcClient jdbc;

  ImprovementActionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String reference, long reviewId, String dimension, String action, String owner, LocalDate due) {
    jdbc.sql("""
            insert into improvement_action (alliance_reference, review_id, dimension, action_text, owner_name, due_date,
              status, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(reference, reviewId, dimension, action, owner, due, ActionStatus.OPEN.name(),
            OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }

  List<ImprovementAction> ofAlliance(String reference) {
    return jdbc.sql("select * from improvement_action where alliance_reference = ? order by due_date, id")
        .param(reference).query(ImprovementAction.class).list();
  }

  /** Open actions end with the alliance. */
  void closeOpen(String reference, ActionStatus status) {
    jdbc.sql("update improvement_action set status = ?, closed_at = ? where alliance_reference = ? and status = ?")
        .params(status.name(), OffsetDateTime.now(ZoneOffset.UTC), reference, ActionStatus.OPEN.name()).update();
  }
}
