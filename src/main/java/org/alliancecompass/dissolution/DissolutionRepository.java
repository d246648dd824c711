package org.alliancecompass.dissolution;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exit plans and lessons learned. */
@Repository
public class DissolutionRepository {

  /** How the partners leave an alliance. */
  public record ExitPlan(String allianceReference, String obligations, String sharedAssetsData,
      String serviceContinuity, String communications, LocalDate exitDate, String preparedBy,
      OffsetDateTime preparedAt) {
  }

  /** A lesson, on one of the four dimensions or (dimension null) overall. */
  public record Lesson(Long id, String allianceReference, String dimension, String lesson, String recordedBy,
      OffsetDateTime recordedAt) {
  }

  private final JdbcClient jdbc;

  DissolutionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void saveExitPlan(ExitPlan plan) {
    jdbc.sql("delete from exit_plan where alliance_reference = ?").param(plan.allianceReference()).update();
    jdbc.sql("""
            insert into exit_plan (alliance_reference, obligations, shared_assets_data, service_continuity, communications,
              exit_date, prepared_by, prepared_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(plan.allianceReference(), plan.obligations(), plan.sharedAssetsData(), plan.serviceContinuity(),
            plan.communications(), plan.exitDate(), plan.preparedBy(), OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }

  public Optional<ExitPlan> exitPlan(String reference) {
    return jdbc.sql("select * from exit_plan where alliance_reference = ?").param(reference)
        .query(ExitPlan.class).optional();
  }

  void saveLesson(String reference, String dimension, String lesson, String recordedBy) {
    jdbc.sql("""
            insert into lesson_learned (alliance_reference, dimension, lesson, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?)""")
        .params(reference, dimension, lesson, recordedBy, OffsetDateTime.now(ZoneOffset.UTC)).update();
  }

  public List<Lesson> lessons(String reference) {
    return jdbc.sql("select * from lesson_learned where alliance_reference = ? order by id")
        .param(reference).query(Lesson.class).list();
  }
}
