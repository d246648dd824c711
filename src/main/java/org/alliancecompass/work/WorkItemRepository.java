package org.alliancecompass.work;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code work_item} table and the groups each item waits for. Other modules use {@link OpenWork}. */
@Repository
class WorkItemRepository {

  private static final String COLUMNS = """
      w.task_id, w.alliance_reference, w.process_key, w.process_instance_id, w.task_key, w.task_name, w.assignee,
      w.created_at, w.due_at, w.reminders_sent, w.last_reminded_at, w.escalations, w.escalated_at""";

  /** The order of {@link #waitingFor}: soonest due first, no due date last, then oldest. */
  private static final String SOONEST = "w.due_at asc nulls last, w.created_at asc, w.task_id asc";

  /** A row of {@code work_item}, without its groups. */
  record Row(String taskId, String allianceReference, String processKey, String processInstanceId, String taskKey,
      String taskName, String assignee, OffsetDateTime createdAt, OffsetDateTime dueAt, int remindersSent,
      OffsetDateTime lastRemindedAt, int escalations, OffsetDateTime escalatedAt) {

    WorkItem with(List<String> groups) {
      return new WorkItem(taskId, allianceReference, processKey, processInstanceId, taskKey, taskName, groups,
          assignee, createdAt, dueAt, remindersSent, lastRemindedAt, escalations, escalatedAt);
    }
  }

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;

  WorkItemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(WorkItem item) {
    jdbc.sql("""
            insert into work_item (task_id, alliance_reference, process_key, process_instance_id, task_key, task_name,
              assignee, created_at, due_at, reminders_sent, escalations)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)""")
        .params(item.taskId(), item.allianceReference(), item.processKey(), item.processInstanceId(), item.taskKey(),
            item.taskName(), item.assignee(), item.createdAt(), item.dueAt())
        .update();
    for (String group : Set.copyOf(item.candidateGroups())) {
      jdbc.sql("insert into work_item_group (task_id, group_id) values (?, ?)").params(item.taskId(), group).update();
    }
  }

  boolean exists(String taskId) {
    return jdbc.sql("select count(*) from work_item where task_id = ?").param(taskId).query(Long.class).single() > 0;
  }

  Optional<WorkItem> find(String taskId) {
    return jdbc.sql("select " + COLUMNS + " from work_item w where w.task_id = ?").param(taskId)
        .query(Row.class).optional().map(row -> row.with(groups(List.of(taskId)).getOrDefault(taskId, List.of())));
  }

  Set<String> open(Collection<String> taskIds) {
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(taskIds));
    Set<String> open = new java.util.HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      open.addAll(jdbc.sql("select task_id from work_item where task_id in (:tasks)")
          .param("tasks", ids.subList(from, Math.min(ids.size(), from + CHUNK))).query(String.class).list());
    }
    return open;
  }

  void update(String taskId, String assignee, Date due) {
    jdbc.sql("update work_item set assignee = ?, due_at = ? where task_id = ?")
        .params(assignee, utc(due), taskId).update();
  }

  void reminded(String taskId, Instant at) {
    jdbc.sql("update work_item set reminders_sent = reminders_sent + 1, last_reminded_at = ? where task_id = ?")
        .params(utc(at), taskId).update();
  }

  void escalated(String taskId, Instant at) {
    jdbc.sql("update work_item set escalations = escalations + 1, escalated_at = ? where task_id = ?")
        .params(utc(at), taskId).update();
  }

  /** Keeps what the record shows of a task that has ended. */
  void record(WorkItem item, boolean completed, OffsetDateTime endedAt) {
    if (item.allianceReference() == null) {
      return;
    }
    jdbc.sql("""
            insert into work_record (task_id, alliance_reference, process_key, task_key, task_name, created_at, due_at,
              ended_at, completed, reminders_sent, escalations)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(item.taskId(), item.allianceReference(), item.processKey(), item.taskKey(), item.taskName(),
            item.createdAt(), item.dueAt(), endedAt, completed, item.remindersSent(), item.escalations())
        .update();
  }

  /** The ended tasks of an alliance, in the order they ended. */
  List<WorkRecord> records(String reference) {
    return jdbc.sql("""
            select task_id, alliance_reference, process_key, task_key, task_name, created_at, due_at, ended_at,
              completed, reminders_sent, escalations
            from work_record where alliance_reference = ? order by ended_at, task_id""")
        .param(reference).query(WorkRecord.class).list();
  }

  void delete(String taskId) {
    jdbc.sql("delete from work_item where task_id = ?").param(taskId).update();
  }

  List<WorkItem> ofAlliance(String reference) {
    return withGroups(jdbc.sql("select " + COLUMNS
            + " from work_item w where w.alliance_reference = ? order by w.created_at, w.task_id")
        .param(reference).query(Row.class).list());
  }

  /** The person's own work: claimed by them, or offered to one of their groups and not claimed by anyone. */
  /**
   * The open work of alliances waiting for a person, soonest due first (no due date last, then oldest):
   * the first {@code limit} tasks and how many there are. Their own tasks and their groups' unclaimed
   * ones are disjoint and each read by its index, top {@code limit} first, so the cost is the person's
   * work, not everyone's.
   */
  Waiting waitingFor(String user, Collection<String> groups, int limit) {
    String own = "w.assignee = :user";
    String offered = "w.assignee is null and w.task_id in (select g.task_id from work_item_group g where g.group_id in (:groups))";
    List<String> parts = groups.isEmpty() ? List.of(own) : List.of(own, offered);
    List<Row> rows = new ArrayList<>();
    long total = 0;
    for (String part : parts) {
      String where = " from work_item w where w.alliance_reference is not null and " + part;
      rows.addAll(jdbc.sql("select " + COLUMNS + where + " order by " + SOONEST + " fetch first :limit rows only")
          .param("user", user).param("groups", groups).param("limit", limit).query(Row.class).list());
      total += jdbc.sql("select count(*)" + where).param("user", user).param("groups", groups)
          .query(Long.class).single();
    }
    List<Row> first = rows.stream().sorted(Comparator.comparing(Row::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Row::createdAt).thenComparing(Row::taskId)).limit(limit).toList();
    return new Waiting(withGroups(first), total);
  }

  /**
   * Removes the rows whose task is gone from the engine's task table without the product hearing of
   * it (a process deleted with the database, a restore): one statement on the task table's key.
   */
  int sweep(String taskTable) {
    return jdbc.sql("delete from work_item where not exists (select 1 from " + taskTable
        + " t where t.ID_ = work_item.task_id)").update();
  }

  private List<WorkItem> withGroups(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> groups = groups(rows.stream().map(Row::taskId).toList());
    return rows.stream().map(row -> row.with(groups.getOrDefault(row.taskId(), List.of()))).toList();
  }

  /** The groups of these tasks, asked for a chunk at a time: a manager's own work can be thousands of tasks. */
  private Map<String, List<String>> groups(List<String> taskIds) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (int from = 0; from < taskIds.size(); from += CHUNK) {
      jdbc.sql("select task_id, group_id from work_item_group where task_id in (:tasks) order by group_id")
          .param("tasks", taskIds.subList(from, Math.min(taskIds.size(), from + CHUNK)))
          .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
          .forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    }
    return groups;
  }

  static OffsetDateTime utc(Date date) {
    return date == null ? null : utc(date.toInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
