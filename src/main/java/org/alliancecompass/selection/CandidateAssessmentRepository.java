package org.alliancecompass.selection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.selection.FitScoring.Criterion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidates' self-assessments of their fit. */
@Repository
class CandidateAssessmentRepository {

  record Assessment(String organisationId, Map<Criterion, Integer> answers, boolean willingToJoin, double fitScore,
      String comment) {
  }

  private final JdbcClient jdbc;

  CandidateAssessmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String reference, String assessedBy, Assessment assessment) {
    Map<Criterion, Integer> a = assessment.answers();
    jdbc.sql("""
            insert into candidate_assessment (alliance_reference, organisation_id, assessed_by, assessed_at,
              strategic_fit, goal_congruence, incentive_congruence, cultural_compatibility, time_horizon_alignment,
              complementary_capabilities, opportunism_risk, willing_to_join, fit_score, comment_text)
            values (?, ?, ?, current_timestamp, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(reference, assessment.organisationId(), assessedBy,
            a.get(Criterion.STRATEGIC_FIT), a.get(Criterion.GOAL_CONGRUENCE), a.get(Criterion.INCENTIVE_CONGRUENCE),
            a.get(Criterion.CULTURAL_COMPATIBILITY), a.get(Criterion.TIME_HORIZON_ALIGNMENT),
            a.get(Criterion.COMPLEMENTARY_CAPABILITIES), a.get(Criterion.OPPORTUNISM_RISK),
            assessment.willingToJoin(), assessment.fitScore(), assessment.comment())
        .update();
  }

  /** Each organisation's latest assessment for this alliance. */
  List<Assessment> latest(String reference) {
    return jdbc.sql("""
            select a.* from candidate_assessment a
            where a.alliance_reference = ? and a.id = (select max(b.id) from candidate_assessment b
              where b.alliance_reference = a.alliance_reference and b.organisation_id = a.organisation_id)""")
        .param(reference)
        .query((rs, i) -> {
          Map<Criterion, Integer> answers = new EnumMap<>(Criterion.class);
          answers.put(Criterion.STRATEGIC_FIT, rs.getInt("strategic_fit"));
          answers.put(Criterion.GOAL_CONGRUENCE, rs.getInt("goal_congruence"));
          answers.put(Criterion.INCENTIVE_CONGRUENCE, rs.getInt("incentive_congruence"));
          answers.put(Criterion.CULTURAL_COMPATIBILITY, rs.getInt("cultural_compatibility"));
          answers.put(Criterion.TIME_HORIZON_ALIGNMENT, rs.getInt("time_horizon_alignment"));
          answers.put(Criterion.COMPLEMENTARY_CAPABILITIES, rs.getInt("complementary_capabilities"));
          answers.put(Criterion.OPPORTUNISM_RISK, rs.getInt("opportunism_risk"));
          return new Assessment(rs.getString("organisation_id"), answers, rs.getBoolean("willing_to_join"),
              rs.getDouble("fit_score"), rs.getString("comment_text"));
        })
        .list();
  }
}
