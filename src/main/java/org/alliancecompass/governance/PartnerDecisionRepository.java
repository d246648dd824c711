package org.alliancecompass.governance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The partners' decisions and their votes. Other modules use {@link PartnerDecisions}. */
@Repository
class PartnerDecisionRepository {

  /** One partner organisation's vote on a decision. */
  record Vote(String organisationId, String vote, String rationale, String votedBy, OffsetDateTime votedAt) {
  }

  private final JdbcClient jdbc;

  PartnerDecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long open(PartnerDecision decision) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into partner_decision (alliance_reference, topic, subject, reason, requested_by, requested_for,
              decision_rule, partners_asked, process_instance_id, opened_at, vote_deadline)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(decision.allianceReference(), decision.topic().name(), decision.subject(), decision.reason(),
            decision.requestedBy(), decision.requestedFor(), decision.decisionRule(), decision.partnersAsked(),
            decision.processInstanceId(), now(), decision.voteDeadline())
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<PartnerDecision> find(long id) {
    return jdbc.sql("select * from partner_decision where id = ?").param(id).query(PartnerDecision.class).optional();
  }

  List<PartnerDecision> ofAlliance(String reference) {
    return jdbc.sql("select * from partner_decision where alliance_reference = ? order by opened_at, id")
        .param(reference).query(PartnerDecision.class).list();
  }

  List<PartnerDecision> open(String reference, DecisionTopic topic) {
    return jdbc.sql("select * from partner_decision where alliance_reference = ? and topic = ? and closed_at is null")
        .params(reference, topic.name()).query(PartnerDecision.class).list();
  }

  void saveVote(long decisionId, String organisationId, String vote, String rationale, String votedBy) {
    jdbc.sql("""
            insert into partner_decision_vote (decision_id, organisation_id, vote, rationale, voted_by, voted_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(decisionId, organisationId, vote, rationale, votedBy, now()).update();
  }

  List<Vote> votes(long decisionId) {
    return jdbc.sql("""
            select organisation_id, vote, rationale, voted_by, voted_at from partner_decision_vote
            where decision_id = ? order by voted_at""")
        .param(decisionId).query(Vote.class).list();
  }

  /** A partner's chief executive's answer at the second step of the dispute ladder. */
  void saveChiefExecutiveAnswer(long decisionId, String organisationId, String answer, String rationale,
      String answeredBy) {
    jdbc.sql("""
            insert into partner_decision_ceo_answer (decision_id, organisation_id, answer, rationale, answered_by,
              answered_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(decisionId, organisationId, answer, rationale, answeredBy, now()).update();
  }

  /** The chief executives' answers, as votes: organisation, answer, why, who, when. */
  List<Vote> chiefExecutiveAnswers(long decisionId) {
    return jdbc.sql("""
            select organisation_id, answer as vote, rationale, answered_by as voted_by, answered_at as voted_at
            from partner_decision_ceo_answer where decision_id = ? order by answered_at""")
        .param(decisionId).query(Vote.class).list();
  }

  void close(long decisionId, String outcome, String basis) {
    jdbc.sql("update partner_decision set closed_at = ?, outcome = ?, decision_basis = ? where id = ?")
        .params(now(), outcome, basis, decisionId).update();
  }

  /** Decisions still open when the alliance goes to dissolution will never be taken. */
  void closeOpen(String reference, String basis) {
    jdbc.sql("update partner_decision set closed_at = ?, decision_basis = ? where alliance_reference = ? and closed_at is null")
        .params(now(), basis, reference).update();
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
