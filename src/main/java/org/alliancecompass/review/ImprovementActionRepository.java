package org.alliancecompass.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The improvement actions agreed at reviews, their updates and evidence. Other modules use {@link Reviews}. */
@Repository
class ImprovementActionRepository {

  /** A file kept as evidence, with its content. */
  record EvidenceFile(ImprovementAction.Evidence evidence, long actionId, byte[] content) {
  }

  private final JdbcClient jdbc;

  ImprovementActionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String reference, long reviewId, String dimension, String action, ActionOwner owner, LocalDate due) {
    KeyHolder key = new GeneratedKeyHolder();
    OffsetDateTime now = now();
    jdbc.sql("""
            insert into improvement_action (alliance_reference, review_id, dimension, action_text, owner_name, owner_user,
              owner_group, due_date, status, created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(reference, reviewId, dimension, action, owner.name(), owner.user(), owner.group(), due,
            ActionStatus.OPEN.name(), now, now)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void startedAs(long id, String processInstanceId) {
    jdbc.sql("update improvement_action set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
  }

  Optional<ImprovementAction> find(long id) {
    return withEvidence(jdbc.sql("select * from improvement_action where id = ?").param(id)
        .query(ImprovementActionRepository::action).list(), "action_id = :id", Map.of("id", id)).stream().findFirst();
  }

  /** Every action of the alliance with its evidence, the earliest due first: two statements whatever their number. */
  List<ImprovementAction> ofAlliance(String reference) {
    return withEvidence(jdbc.sql("select * from improvement_action where alliance_reference = ? order by due_date, id")
            .param(reference).query(ImprovementActionRepository::action).list(),
        "action_id in (select id from improvement_action where alliance_reference = :reference)",
        Map.of("reference", reference));
  }

  /**
   * A change of state or a note: the action shows it as its latest, and it is kept with who wrote
   * it and when. An action done or dropped is closed.
   */
  void update(long id, ActionStatus status, String note, String evidenceLink, String by) {
    OffsetDateTime now = now();
    boolean closes = status == ActionStatus.DONE || status == ActionStatus.DROPPED;
    jdbc.sql("""
            update improvement_action set status = ?, latest_note = ?, evidence_link = coalesce(?, evidence_link),
              updated_at = ?, closed_at = ?
            where id = ?""")
        .params(status.name(), note, evidenceLink, now, closes ? now : null, id).update();
    jdbc.sql("""
            insert into improvement_action_update (action_id, status, note, evidence_link, updated_by, updated_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(id, status.name(), note, evidenceLink, by, now).update();
  }

  /** A new owner or due date, agreed when an action was unblocked. */
  void reassign(long id, ActionOwner owner, LocalDate due) {
    if (owner != null) {
      jdbc.sql("update improvement_action set owner_name = ?, owner_user = ?, owner_group = ? where id = ?")
          .params(owner.name(), owner.user(), owner.group(), id).update();
    }
    if (due != null) {
      jdbc.sql("update improvement_action set due_date = ? where id = ?").params(due, id).update();
    }
  }

  long addEvidence(long actionId, String fileName, String contentType, byte[] content, String by) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into improvement_action_evidence (action_id, file_name, content_type, size_bytes, content, uploaded_by,
              uploaded_at)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(actionId, fileName, contentType, content.length, content, by, now())
        .update(key, "id");
    jdbc.sql("update improvement_action set updated_at = ? where id = ?").params(now(), actionId).update();
    return key.getKey().longValue();
  }

  Optional<EvidenceFile> evidenceFile(long actionId, long fileId) {
    return jdbc.sql("select * from improvement_action_evidence where action_id = ? and id = ?")
        .params(actionId, fileId)
        .query((rs, i) -> new EvidenceFile(evidence(rs), rs.getLong("action_id"), rs.getBytes("content")))
        .optional();
  }

  /** Open and blocked actions end with the alliance. */
  void closeOpen(String reference, ActionStatus status) {
    jdbc.sql("""
            update improvement_action set status = ?, closed_at = ?, updated_at = ?
            where alliance_reference = ? and status in (?, ?)""")
        .params(status.name(), now(), now(), reference, ActionStatus.OPEN.name(), ActionStatus.BLOCKED.name()).update();
  }

  private List<ImprovementAction> withEvidence(List<ImprovementAction> actions, String condition, Map<String, ?> parameters) {
    if (actions.isEmpty()) {
      return actions;
    }
    Map<Long, List<ImprovementAction.Evidence>> files = new LinkedHashMap<>();
    jdbc.sql("""
            select id, action_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
            from improvement_action_evidence where""" + " " + condition + " order by uploaded_at, id")
        .params(parameters)
        .query(rs -> {
          files.computeIfAbsent(rs.getLong("action_id"), id -> new ArrayList<>()).add(evidence(rs));
        });
    return actions.stream().map(a -> a.withEvidence(files.getOrDefault(a.id(), List.of()))).toList();
  }

  private static ImprovementAction.Evidence evidence(ResultSet rs) throws SQLException {
    return new ImprovementAction.Evidence(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
        rs.getInt("size_bytes"), rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
  }

  private static ImprovementAction action(ResultSet rs, int row) throws SQLException {
    return new ImprovementAction(rs.getLong("id"), rs.getString("alliance_reference"), rs.getLong("review_id"),
        rs.getString("dimension"), rs.getString("action_text"), rs.getString("owner_name"), rs.getString("owner_user"),
        rs.getString("owner_group"), rs.getObject("due_date", LocalDate.class),
        ActionStatus.valueOf(rs.getString("status")), rs.getString("latest_note"), rs.getString("evidence_link"),
        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
        rs.getObject("closed_at", OffsetDateTime.class), List.of());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
