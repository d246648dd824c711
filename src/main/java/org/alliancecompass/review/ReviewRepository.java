package org.alliancecompass.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.agreement.Kpi;
import org.alliancecompass.agreement.KpiDirection;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.health.HealthScoring;
import org.alliancecompass.health.ReviewFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reviews, the partners' responses and votes, and the scores per dimension (the alliance's, and
 * each partner's). Other modules use {@link Reviews}.
 */
@Repository
class ReviewRepository {

  /** A partner's score on a dimension in a review. */
  record PartnerScore(long reviewId, String organisationId, String dimension, double score, int respondents) {
  }

  /** A comment of an organisation's on a dimension (never whose), with how many of its people answered. */
  record Comment(long reviewId, String organisationId, String dimension, String text, int respondents) {
  }

  private final JdbcClient jdbc;
  private final HealthModel model;

  ReviewRepository(JdbcClient jdbc, HealthModel model) {
    this.jdbc = jdbc;
    this.model = model;
  }

  /**
   * Opens the next review of the alliance, asking each partner organisation's people (by user id,
   * in the order given); returns its id.
   */
  long open(String reference, String trigger, ReviewFormat format, String processInstanceId,
      Map<String, List<String>> partnersAsked, Instant deadline) {
    int number = jdbc.sql("select coalesce(max(review_no), 0) + 1 from review where alliance_reference = ?")
        .param(reference).query(Integer.class).single();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into review (alliance_reference, review_no, review_trigger, review_format, status, process_instance_id,
              opened_at, deadline_at, partners_asked)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(reference, number, trigger, format.name(), ReviewStatus.OPEN.name(), processInstanceId, now(),
            deadline.atOffset(ZoneOffset.UTC), partnersAsked.size())
        .update(key, "id");
    long id = key.getKey().longValue();
    partnersAsked.forEach((organisation, people) -> {
      jdbc.sql("insert into review_invitation (review_id, organisation_id, people_asked) values (?, ?, ?)")
          .params(id, organisation, people.size()).update();
      people.forEach(person -> jdbc.sql("insert into review_rater (review_id, organisation_id, user_id) values (?, ?, ?)")
          .params(id, organisation, person).update());
    });
    return id;
  }

  Optional<Review> find(long id) {
    return withScores(jdbc.sql("select * from review where id = ?").param(id).query(ReviewRepository::review).list(),
        "review_id = :id", Map.of("id", id)).stream().findFirst();
  }

  /** The alliance's reviews, oldest first, with their dimension scores: two statements whatever their number. */
  List<Review> ofAlliance(String reference) {
    return withScores(jdbc.sql("select * from review where alliance_reference = ? order by review_no")
            .param(reference).query(ReviewRepository::review).list(),
        "review_id in (select id from review where alliance_reference = :reference)", Map.of("reference", reference));
  }

  /** The alliance's reviews still open: under way, or (rarely) left open by a review cancelled by hand. */
  List<Review> open(String reference) {
    return jdbc.sql("select * from review where alliance_reference = ? and status = ?")
        .params(reference, ReviewStatus.OPEN.name()).query(ReviewRepository::review).list();
  }

  /** Each alliance's latest closed review, by alliance reference. */
  Map<String, Review> latestClosedByAlliance() {
    String latest = """
        r.status = :closed and r.review_no = (select max(l.review_no) from review l
          where l.alliance_reference = r.alliance_reference and l.status = :closed)""";
    List<Review> reviews = jdbc.sql("select * from review r where " + latest).param("closed", ReviewStatus.CLOSED.name())
        .query(ReviewRepository::review).list();
    return withScores(reviews, "review_id in (select r.id from review r where " + latest + ")",
        Map.of("closed", ReviewStatus.CLOSED.name())).stream()
        .collect(Collectors.toMap(Review::allianceReference, r -> r));
  }

  /** The overall score of the last closed review before this one, for the trend. */
  Optional<Double> previousOverallScore(String reference, int reviewNo) {
    return jdbc.sql("""
            select overall_score from review where alliance_reference = ? and review_no < ? and status = ?
              and overall_score is not null
            order by review_no desc fetch first 1 rows only""")
        .params(reference, reviewNo, ReviewStatus.CLOSED.name()).query(Double.class).optional();
  }

  /** The overall score of each alliance's latest closed review, for the alliances given that have one. */
  Map<String, Double> lastOverallScores(Collection<String> references) {
    if (references.isEmpty()) {
      return Map.of();
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    jdbc.sql("""
            select r.alliance_reference, r.overall_score from review r
            where r.alliance_reference in (:references) and r.status = :closed and r.overall_score is not null
              and r.review_no = (select max(l.review_no) from review l
                where l.alliance_reference = r.alliance_reference and l.status = :closed)""")
        .param("closed", ReviewStatus.CLOSED.name()).param("references", references)
        .query(rs -> {
          scores.put(rs.getString(1), rs.getDouble(2));
        });
    return scores;
  }

  /** One person's answers, kept as their organisation's: the product does not keep who gave them. */
  void saveResponse(long reviewId, String organisationId, String taskId, Map<String, Integer> answers,
      Map<String, String> comments) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into review_response (review_id, organisation_id, submitted_at, task_id)
            values (?, ?, ?, ?)""")
        .params(reviewId, organisationId, now(), taskId).update(key, "id");
    long responseId = key.getKey().longValue();
    answers.forEach((item, score) -> jdbc.sql("insert into review_answer (response_id, item, score) values (?, ?, ?)")
        .params(responseId, item, score).update());
    comments.forEach((dimension, text) -> jdbc.sql(
            "insert into review_comment (response_id, dimension, comment_text) values (?, ?, ?)")
        .params(responseId, dimension, text).update());
  }

  private record AnswerRow(long id, String organisationId, String item, Integer score) {
  }

  /** Every response of the review, also one whose every statement was left unanswered. */
  List<HealthScoring.Response> responses(long reviewId) {
    List<AnswerRow> rows = jdbc.sql("""
            select r.id, r.organisation_id, a.item, a.score
            from review_response r left join review_answer a on a.response_id = r.id
            where r.review_id = ? order by r.id""")
        .param(reviewId).query(AnswerRow.class).list();
    Map<Long, List<AnswerRow>> byResponse = new LinkedHashMap<>();
    rows.forEach(row -> byResponse.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
    return byResponse.values().stream().map(answers -> {
      Map<String, Integer> scores = new LinkedHashMap<>();
      answers.stream().filter(a -> a.item() != null && a.score() != null).forEach(a -> scores.put(a.item(), a.score()));
      return new HealthScoring.Response(answers.get(0).organisationId(), "response " + answers.get(0).id(), scores);
    }).toList();
  }

  List<Comment> comments(long reviewId) {
    return comments("r.review_id = ?", reviewId);
  }

  /** The comments of every review of an alliance, in one statement. */
  List<Comment> commentsOfAlliance(String reference) {
    return comments("r.review_id in (select id from review where alliance_reference = ?)", reference);
  }

  private List<Comment> comments(String condition, Object parameter) {
    return jdbc.sql("""
            select r.review_id, r.organisation_id, c.dimension, c.comment_text as text,
              (select count(*) from review_response o where o.review_id = r.review_id
                and o.organisation_id = r.organisation_id) as respondents
            from review_response r join review_comment c on c.response_id = r.id
            where """ + " " + condition
            // in the order of their words, not of who answered first
            + " order by r.review_id, r.organisation_id, c.dimension, c.comment_text")
        .param(parameter).query(Comment.class).list();
  }

  void saveObjectives(long reviewId, Integer achieved, String evidence, String capabilities, String relationships) {
    jdbc.sql("""
            update review set objectives_achieved = ?, objective_notes = ?, capability_notes = ?, relationship_notes = ?
            where id = ?""")
        .params(achieved, evidence, capabilities, relationships, reviewId).update();
  }

  void saveScores(long reviewId, HealthScoring.Result result) {
    jdbc.sql("""
            update review set overall_score = ?, perception_gap = ?, response_rate = ?, trend = ?, partners_responded = ?
            where id = ?""")
        .params(result.overallScore(), result.perceptionGap(), result.responseRate(), result.trend(),
            result.respondents().size(), reviewId)
        .update();
    jdbc.sql("delete from review_dimension_score where review_id = ?").param(reviewId).update();
    result.alliance().forEach((dimension, score) -> jdbc.sql(
            "insert into review_dimension_score (review_id, dimension, score) values (?, ?, ?)")
        .params(reviewId, dimension, score).update());
    jdbc.sql("delete from review_partner_score where review_id = ?").param(reviewId).update();
    result.partners().forEach((organisation, scores) -> scores.forEach((dimension, score) -> jdbc.sql("""
            insert into review_partner_score (review_id, organisation_id, dimension, score, respondents)
            values (?, ?, ?, ?, ?)""")
        .params(reviewId, organisation, dimension, score, result.respondents().get(organisation)).update()));
  }

  List<PartnerScore> partnerScores(long reviewId) {
    return jdbc.sql("select * from review_partner_score where review_id = ? order by organisation_id, dimension")
        .param(reviewId).query(PartnerScore.class).list();
  }

  /** The per-partner scores of every review of an alliance, in one statement. */
  List<PartnerScore> partnerScoresOfAlliance(String reference) {
    return jdbc.sql("""
            select * from review_partner_score
            where review_id in (select id from review where alliance_reference = ?)
            order by review_id, organisation_id, dimension""")
        .param(reference).query(PartnerScore.class).list();
  }

  /** The KPIs a review measures, with the terms of the agreement in force when it opened. */
  void saveKpis(long reviewId, List<Kpi> kpis) {
    for (int i = 0; i < kpis.size(); i++) {
      Kpi kpi = kpis.get(i);
      jdbc.sql("""
              insert into review_kpi (review_id, position, name, measure, direction, baseline, target, minimum)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(reviewId, i, kpi.name(), kpi.measure(), kpi.direction().name(), kpi.baseline(), kpi.target(),
              kpi.minimum())
          .update();
    }
  }

  /** The partners' commitments of the agreement in force, kept with the review for what they deliver. */
  void saveExpectedContributions(long reviewId, List<Agreement.Commitment> commitments) {
    for (int i = 0; i < commitments.size(); i++) {
      Agreement.Commitment c = commitments.get(i);
      jdbc.sql("""
              insert into review_contribution (review_id, position, organisation_id, organisation_name, expected_share)
              values (?, ?, ?, ?, ?)""")
          .params(reviewId, i, c.organisationId(), c.organisationName(), c.expectedShare()).update();
    }
  }

  /** What each partner delivered, by position; a partner not recorded keeps none. */
  void saveDelivered(long reviewId, int position, Double share, String delivered) {
    jdbc.sql("update review_contribution set delivered_share = ?, delivered = ? where review_id = ? and position = ?")
        .params(share, delivered, reviewId, position).update();
  }

  List<Contribution> contributions(long reviewId) {
    return contributions("c.review_id = ?", reviewId);
  }

  /** Every review's contributions of an alliance, oldest review first, in one statement. */
  List<Contribution> contributionsOfAlliance(String reference) {
    return contributions("r.alliance_reference = ?", reference);
  }

  private List<Contribution> contributions(String condition, Object parameter) {
    return jdbc.sql("""
            select c.review_id, r.review_no, c.organisation_id, c.organisation_name, c.expected_share, c.delivered_share,
              c.delivered
            from review_contribution c join review r on r.id = c.review_id
            where """ + " " + condition + " order by r.review_no, c.position")
        .param(parameter).query(Contribution.class).list();
  }

  /** The values recorded for the review's KPIs, by position; a KPI not measured this period has none. */
  void saveKpiActuals(long reviewId, Map<Integer, Double> actuals) {
    OffsetDateTime recorded = now();
    actuals.forEach((position, actual) -> jdbc.sql(
            "update review_kpi set actual = ?, recorded_at = ? where review_id = ? and position = ?")
        .params(actual, recorded, reviewId, position).update());
  }

  List<KpiReading> kpiReadings(long reviewId) {
    return kpiReadings("k.review_id = :id", Map.of("id", reviewId));
  }

  /** The KPI readings of every review of an alliance, oldest review first, in one statement. */
  List<KpiReading> kpiReadingsOfAlliance(String reference) {
    return kpiReadings("r.alliance_reference = :reference", Map.of("reference", reference));
  }

  private List<KpiReading> kpiReadings(String condition, Map<String, ?> parameters) {
    return jdbc.sql("""
            select k.review_id, r.review_no, k.position, k.name, k.measure, k.direction, k.baseline, k.target, k.minimum,
              k.actual, k.recorded_at
            from review_kpi k join review r on r.id = k.review_id""" + " where " + condition
            + " order by r.review_no, k.position")
        .params(parameters)
        .query((rs, i) -> new KpiReading(rs.getLong("review_id"), rs.getInt("review_no"), rs.getInt("position"),
            new Kpi(rs.getString("name"), rs.getString("measure"), KpiDirection.valueOf(rs.getString("direction")),
                rs.getDouble("baseline"), rs.getDouble("target"), rs.getDouble("minimum")),
            rs.getObject("actual", Double.class), rs.getObject("recorded_at", OffsetDateTime.class) != null))
        .list();
  }

  void saveReconciliation(long reviewId, String reconciliation) {
    jdbc.sql("update review set reconciliation = ? where id = ?").params(reconciliation, reviewId).update();
  }

  void close(long reviewId, GateOutcome gateOutcome, ReviewDecision decision, DecisionBasis basis) {
    jdbc.sql("""
            update review set status = ?, closed_at = ?, gate_outcome = ?, decision = ?, decision_basis = ?
            where id = ?""")
        .params(ReviewStatus.CLOSED.name(), now(), gateOutcome.name(), decision.name(), basis.name(), reviewId)
        .update();
  }

  /** Reviews still open when the alliance goes to dissolution will never close: they are cancelled. */
  void cancelOpen(String reference) {
    jdbc.sql("update review set status = ?, closed_at = ? where alliance_reference = ? and status = ?")
        .params(ReviewStatus.CANCELLED.name(), now(), reference, ReviewStatus.OPEN.name()).update();
  }

  /**
   * The reviews with their dimension scores and who answered of whom they asked, read in two
   * statements for the reviews the condition (on {@code review_id}) selects.
   */
  private List<Review> withScores(List<Review> reviews, String condition, Map<String, ?> parameters) {
    if (reviews.isEmpty()) {
      return reviews;
    }
    Map<Long, Map<String, Double>> scores = new LinkedHashMap<>();
    jdbc.sql("select review_id, dimension, score from review_dimension_score where " + condition)
        .params(parameters)
        .query(rs -> {
          scores.computeIfAbsent(rs.getLong("review_id"), id -> new LinkedHashMap<>())
              .put(rs.getString("dimension"), rs.getDouble("score"));
        });
    Map<Long, List<Review.Participation>> participation = new LinkedHashMap<>();
    jdbc.sql("select i.review_id, i.organisation_id, i.people_asked, (select count(*) from review_response r"
            + " where r.review_id = i.review_id and r.organisation_id = i.organisation_id) as respondents"
            + " from review_invitation i where i." + condition + " order by i.review_id, i.organisation_id")
        .params(parameters)
        .query(rs -> {
          participation.computeIfAbsent(rs.getLong("review_id"), id -> new ArrayList<>()).add(new Review.Participation(
              rs.getString("organisation_id"), rs.getObject("people_asked", Integer.class), rs.getInt("respondents")));
        });
    return reviews.stream().map(review -> review.withScoresAndParticipation(inModelOrder(scores.get(review.id())),
        participation.get(review.id()))).toList();
  }

  /** Dimension scores in the health model's order; a dimension the model no longer has comes last. */
  private Map<String, Double> inModelOrder(Map<String, Double> scores) {
    Map<String, Double> ordered = new LinkedHashMap<>();
    if (scores == null) {
      return ordered;
    }
    model.keys().stream().filter(scores::containsKey).forEach(key -> ordered.put(key, scores.get(key)));
    scores.forEach(ordered::putIfAbsent);
    return ordered;
  }

  private static Review review(ResultSet rs, int row) throws SQLException {
    return new Review(rs.getLong("id"), rs.getString("alliance_reference"), rs.getInt("review_no"),
        rs.getString("review_trigger"), ReviewFormat.valueOf(rs.getString("review_format")),
        ReviewStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"), rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("deadline_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
        rs.getInt("partners_asked"), rs.getObject("partners_responded", Integer.class),
        rs.getObject("objectives_achieved", Integer.class), rs.getString("objective_notes"),
        rs.getString("capability_notes"), rs.getString("relationship_notes"),
        rs.getObject("overall_score", Double.class), rs.getObject("perception_gap", Double.class),
        rs.getObject("response_rate", Double.class), rs.getObject("trend", Double.class),
        enumOf(GateOutcome.class, rs.getString("gate_outcome")), rs.getString("reconciliation"),
        enumOf(ReviewDecision.class, rs.getString("decision")),
        enumOf(DecisionBasis.class, rs.getString("decision_basis")), Map.of(), List.of());
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
