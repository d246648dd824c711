package org.alliancecompass.alliance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** The alliance table and the reference numbers. Other modules use {@link Alliances}. */
@Repository
class AllianceRepository {

  private static final String COLUMNS = """
      reference, name, alliance_type, purpose, objectives, review_cycle, status, proposed_by, proposed_at,
      activated_at, dissolved_at, next_review_due, process_instance_id""";

  private final JdbcClient jdbc;
  private final DataFieldMaxValueIncrementer referenceNumbers;

  AllianceRepository(JdbcClient jdbc, DataSource dataSource) throws MetaDataAccessException {
    this.jdbc = jdbc;
    String database = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
    this.referenceNumbers = "PostgreSQL".equals(database)
        ? new PostgresSequenceMaxValueIncrementer(dataSource, "alliance_reference_seq")
        : new H2SequenceMaxValueIncrementer(dataSource, "alliance_reference_seq");
  }

  /** The next free reference of this year: ALL-2026-0007. */
  String nextReference() {
    return "ALL-%d-%04d".formatted(Year.now(ZoneOffset.UTC).getValue(), referenceNumbers.nextLongValue());
  }

  void insert(Alliance alliance) {
    jdbc.sql("insert into alliance (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(alliance.reference(), alliance.name(), alliance.allianceType().name(), alliance.purpose(),
            alliance.objectives(), alliance.reviewCycle(), alliance.status().name(), alliance.proposedBy(),
            alliance.proposedAt(), alliance.activatedAt(), alliance.dissolvedAt(), alliance.nextReviewDue(),
            alliance.processInstanceId())
        .update();
  }

  boolean exists(String reference) {
    return jdbc.sql("select count(*) from alliance where reference = ?").param(reference).query(Integer.class).single() > 0;
  }

  boolean any() {
    return jdbc.sql("select count(*) from alliance").query(Integer.class).single() > 0;
  }

  void lock(String reference) {
    jdbc.sql("select reference from alliance where reference = ? for update").param(reference).query(String.class)
        .optional();
  }

  Optional<Alliance> find(String reference) {
    return jdbc.sql("select " + COLUMNS + " from alliance where reference = ?").param(reference)
        .query(Alliance.class).optional();
  }

  Map<String, String> names(java.util.Collection<String> references) {
    if (references.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new java.util.HashMap<>();
    jdbc.sql("select reference, name from alliance where reference in (:references)").param("references", references)
        .query((java.sql.ResultSet row) -> {
          names.put(row.getString("reference"), row.getString("name"));
        });
    return names;
  }

  List<Alliance> findAll() {
    return jdbc.sql("select " + COLUMNS + " from alliance order by proposed_at desc, reference desc")
        .query(Alliance.class).list();
  }

  void updateStatus(String reference, AllianceStatus status) {
    jdbc.sql("update alliance set status = ? where reference = ?").params(status.name(), reference).update();
  }

  void updateObjectives(String reference, String objectives) {
    jdbc.sql("update alliance set objectives = ? where reference = ?").params(objectives, reference).update();
  }

  void updateReviewCycle(String reference, ReviewCycle cycle) {
    jdbc.sql("update alliance set review_cycle = ? where reference = ?").params(cycle.toString(), reference).update();
  }

  /** Active from now; the first activation is kept when an alliance returns from renegotiation. */
  void activate(String reference, Instant nextReviewDue) {
    jdbc.sql("""
            update alliance set status = ?, activated_at = coalesce(activated_at, ?), next_review_due = ?
            where reference = ?""")
        .params(AllianceStatus.ACTIVE.name(), now(), utc(nextReviewDue), reference)
        .update();
  }

  void scheduleReview(String reference, Instant nextReviewDue) {
    jdbc.sql("update alliance set next_review_due = ? where reference = ?").params(utc(nextReviewDue), reference).update();
  }

  void dissolve(String reference) {
    jdbc.sql("update alliance set status = ?, dissolved_at = ?, next_review_due = null where reference = ?")
        .params(AllianceStatus.DISSOLVED.name(), now(), reference).update();
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
