package org.alliancecompass.dissolution;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Exit plans and lessons learned. Other modules use {@link Dissolutions}. */
@Repository
class DissolutionRepository {

  private final JdbcClient jdbc;

  DissolutionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void saveExitPlan(PlannedExit plan) {
    jdbc.sql("delete from exit_plan where alliance_reference = ?").param(plan.allianceReference()).update();
    jdbc.sql("""
            insert into exit_plan (alliance_reference, obligations, shared_assets_data, service_continuity, communications,
              exit_date, prepared_by, prepared_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(plan.allianceReference(), plan.obligations(), plan.sharedAssetsData(), plan.serviceContinuity(),
            plan.communications(), plan.exitDate(), plan.preparedBy(), OffsetDateTime.now(ZoneOffset.UTC))
        .update();
  }

  Optional<PlannedExit> exitPlan(String reference) {
    return jdbc.sql("select * from exit_plan where alliance_reference = ?").param(reference)
        .query(PlannedExit.class).optional();
  }

  void saveLesson(String reference, String dimension, String lesson, String recordedBy) {
    jdbc.sql("""
            insert into lesson_learned (alliance_reference, dimension, lesson, recorded_by, recorded_at)
            values (?, ?, ?, ?, ?)""")
        .params(reference, dimension, lesson, recordedBy, OffsetDateTime.now(ZoneOffset.UTC)).update();
  }

  List<Lesson> lessons(String reference) {
    return jdbc.sql("select * from lesson_learned where alliance_reference = ? order by id")
        .param(reference).query(Lesson.class).list();
  }
}
