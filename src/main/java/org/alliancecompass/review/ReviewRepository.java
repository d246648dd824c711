package org.alliancecompass.review;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reviews, the partners' responses and votes, and the scores per partner and dimension. */
@Repository
public class ReviewRepository {

  public static final String OPEN = "OPEN";
  public static final String CLOSED = "CLOSED";

  /** A partner's score on a dimension in a review. */
  public record PartnerScore(long reviewId, String organisationId, String dimension, double score, int respondents) {
  }

  /** A partner organisation's vote at a critical review gate. */
  public record Vote(String organisationId, String vote, String rationale, String votedBy, OffsetDateTime votedAt) {
  }

  /** One respondent's comment on a dimension. */
  public record Comment(long reviewId, String organisationId, String respondent, String dimension, String text) {
  }

  private final JdbcClient jdbc;

  ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the next review of the alliance; returns its id. */
  long open(String reference, String trigger, String processInstanceId, int partnersAsked, Instant deadline) {
    int number = jdbc.sql("select coalesce(max(review_no), 0) + 1 from review where alliance_reference = ?")
        .param(reference).query(Integer.class).single();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into review (alliance_reference, review_no, review_trigger, status, process_instance_id, opened_at,
              deadline_at, partners_asked)
            values (?, ?, ?, 'OPEN', ?, ?, ?, ?)""")
        .params(reference, number, trigger, processInstanceId, now(), deadline.atOffset(ZoneOffset.UTC), partnersAsked)
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<Review> find(long id) {
    return jdbc.sql("select * from review where id = ?").param(id).query(Review.class).optional();
  }

  public List<Review> ofAlliance(String reference) {
    return jdbc.sql("select * from review where alliance_reference = ? order by review_no")
        .param(reference).query(Review.class).list();
  }

  /** The alliance's reviews still open: under way, or (rarely) left open by a review cancelled by hand. */
  List<Review> open(String reference) {
    return jdbc.sql("select * from review where alliance_reference = ? and status = 'OPEN'")
        .param(reference).query(Review.class).list();
  }

  /** Each alliance's latest closed review, by alliance reference. */
  public Map<String, Review> latestClosedByAlliance() {
    return jdbc.sql("""
            select * from review r where r.status = 'CLOSED' and r.review_no = (select max(l.review_no) from review l
              where l.alliance_reference = r.alliance_reference and l.status = 'CLOSED')""")
        .query(Review.class).list().stream()
        .collect(Collectors.toMap(Review::allianceReference, r -> r));
  }

  /** The overall score of the last closed review before this one, for the trend. */
  Optional<Double> previousOverallScore(String reference, int reviewNo) {
    return jdbc.sql("""
            select overall_score from review where alliance_reference = ? and review_no < ? and status = 'CLOSED'
              and overall_score is not null
            order by review_no desc fetch first 1 rows only""")
        .params(reference, reviewNo).query(Double.class).optional();
  }

  void saveResponse(long reviewId, String organisationId, String respondent, String taskId,
      Map<String, Integer> answers, Map<Dimension, String> comments) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into review_response (review_id, organisation_id, respondent, submitted_at, task_id)
            values (?, ?, ?, ?, ?)""")
        .params(reviewId, organisationId, respondent, now(), taskId).update(key, "id");
    long responseId = key.getKey().longValue();
    answers.forEach((item, score) -> jdbc.sql("insert into review_answer (response_id, item, score) values (?, ?, ?)")
        .params(responseId, item, score).update());
    comments.forEach((dimension, text) -> jdbc.sql(
            "insert into review_comment (response_id, dimension, comment_text) values (?, ?, ?)")
        .params(responseId, dimension.key(), text).update());
  }

  private record AnswerRow(long id, String organisationId, String respondent, String item, int score) {
  }

  List<HealthScoring.Response> responses(long reviewId) {
    List<AnswerRow> rows = jdbc.sql("""
            select r.id, r.organisation_id, r.respondent, a.item, a.score
            from review_response r join review_answer a on a.response_id = r.id
            where r.review_id = ? order by r.id""")
        .param(reviewId).query(AnswerRow.class).list();
    Map<Long, List<AnswerRow>> byResponse = new LinkedHashMap<>();
    rows.forEach(row -> byResponse.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
    return byResponse.values().stream().map(answers -> {
      Map<String, Integer> scores = new LinkedHashMap<>();
      answers.forEach(answer -> scores.put(answer.item(), answer.score()));
      return new HealthScoring.Response(answers.get(0).organisationId(), answers.get(0).respondent(), scores);
    }).toList();
  }

  public List<Comment> comments(long reviewId) {
    return jdbc.sql("""
            select r.review_id, r.organisation_id, r.respondent, c.dimension, c.comment_text as text
            from review_response r join review_comment c on c.response_id = r.id
            where r.review_id = ? order by r.organisation_id, c.dimension""")
        .param(reviewId).query(Comment.class).list();
  }

  void saveObjectives(long reviewId, Integer achieved, String evidence, String capabilities, String relationships) {
    jdbc.sql("""
            update review set objectives_achieved = ?, objective_notes = ?, capability_notes = ?, relationship_notes = ?
            where id = ?""")
        .params(achieved, evidence, capabilities, relationships, reviewId).update();
  }

  void saveScores(long reviewId, HealthScoring.Result result) {
    jdbc.sql("""
            update review set trust_score = ?, decision_making_score = ?, management_capability_score = ?,
              flexibility_score = ?, overall_score = ?, perception_gap = ?, response_rate = ?, trend = ?,
              partners_responded = ?
            where id = ?""")
        .params(result.score(Dimension.TRUST), result.score(Dimension.DECISION_MAKING),
            result.score(Dimension.MANAGEMENT_CAPABILITY), result.score(Dimension.FLEXIBILITY), result.overallScore(),
            result.perceptionGap(), result.responseRate(), result.trend(), result.respondents().size(), reviewId)
        .update();
    jdbc.sql("delete from review_partner_score where review_id = ?").param(reviewId).update();
    result.partners().forEach((organisation, scores) -> scores.forEach((dimension, score) -> jdbc.sql("""
            insert into review_partner_score (review_id, organisation_id, dimension, score, respondents)
            values (?, ?, ?, ?, ?)""")
        .params(reviewId, organisation, dimension.key(), score, result.respondents().get(organisation)).update()));
  }

  public List<PartnerScore> partnerScores(long reviewId) {
    return jdbc.sql("select * from review_partner_score where review_id = ? order by organisation_id, dimension")
        .param(reviewId).query(PartnerScore.class).list();
  }

  void saveReconciliation(long reviewId, String reconciliation) {
    jdbc.sql("update review set reconciliation = ? where id = ?").params(reconciliation, reviewId).update();
  }

  void saveVote(long reviewId, String organisationId, String vote, String rationale, String votedBy) {
    jdbc.sql("""
            insert into review_vote (review_id, organisation_id, vote, rationale, voted_by, voted_at)
            values (?, ?, ?, ?, ?, ?)""")
        .params(reviewId, organisationId, vote, rationale, votedBy, now()).update();
  }

  public List<Vote> votes(long reviewId) {
    return jdbc.sql("""
            select organisation_id, vote, rationale, voted_by, voted_at from review_vote
            where review_id = ? order by voted_at""")
        .param(reviewId).query(Vote.class).list();
  }

  void close(long reviewId, String gateOutcome, String decision, String basis) {
    jdbc.sql("""
            update review set status = 'CLOSED', closed_at = ?, gate_outcome = ?, decision = ?, decision_basis = ?
            where id = ?""")
        .params(now(), gateOutcome, decision, basis, reviewId).update();
  }

  /** Reviews still open when the alliance goes to dissolution will never close: they are cancelled. */
  public void cancelOpen(String reference) {
    jdbc.sql("update review set status = 'CANCELLED', closed_at = ? where alliance_reference = ? and status = 'OPEN'")
        .params(now(), reference).update();
  }

  void saveDecisionBasis(long reviewId, String basis) {
    jdbc.sql("update review set decision_basis = ? where id = ?").params(basis, reviewId).update();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
