package org.alliancecompass.review;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.health.HealthScoring;
import org.springframework.stereotype.Component;

/**
 * The review module's API: each alliance's reviews with their scores, what partners wrote, the
 * improvement actions agreed, and an organisation's track record for partner selection.
 */
@Component
public class Reviews {

  /** A partner's score on a dimension in a review. */
  public record PartnerScore(long reviewId, String organisationId, String dimension, double score, int respondents) {
  }

  /** What a respondent of a partner organisation wrote on a dimension in a review. */
  public record Comment(long reviewId, String organisationId, String dimension, String text) {
  }

  private final ReviewRepository reviews;
  private final ImprovementActionRepository actions;
  private final Alliances alliances;

  Reviews(ReviewRepository reviews, ImprovementActionRepository actions, Alliances alliances) {
    this.reviews = reviews;
    this.actions = actions;
    this.alliances = alliances;
  }

  /** Every review of the alliance, oldest first, with its dimension scores. */
  public List<Review> ofAlliance(String reference) {
    return reviews.ofAlliance(reference);
  }

  /** Each alliance's latest closed review, by alliance reference. */
  public Map<String, Review> latestClosedByAlliance() {
    return reviews.latestClosedByAlliance();
  }

  /** Each partner's scores in every review of the alliance. */
  public List<PartnerScore> partnerScores(String reference) {
    return reviews.partnerScoresOfAlliance(reference).stream()
        .map(s -> new PartnerScore(s.reviewId(), s.organisationId(), s.dimension(), s.score(), s.respondents()))
        .toList();
  }

  /** The partners' comments in every review of the alliance, by organisation (never by person). */
  public List<Comment> comments(String reference) {
    return reviews.commentsOfAlliance(reference).stream()
        .map(c -> new Comment(c.reviewId(), c.organisationId(), c.dimension(), c.text())).toList();
  }

  /** What every review of the alliance found of its KPIs, oldest review first. */
  public List<KpiReading> kpiReadings(String reference) {
    return reviews.kpiReadingsOfAlliance(reference);
  }

  public List<ImprovementAction> improvementActions(String reference) {
    return actions.ofAlliance(reference);
  }

  /** How an organisation did in the other alliances it was a partner of: their latest reviews' overall scores. */
  public TrackRecord trackRecord(String organisationId, String exceptReference) {
    Set<String> joined = new java.util.HashSet<>(alliances.joinedBy(organisationId));
    joined.remove(exceptReference);
    Map<String, Double> scores = reviews.lastOverallScores(joined);
    Double average = scores.values().stream().mapToDouble(Double::doubleValue).average().stream().boxed()
        .findFirst().map(HealthScoring::round).orElse(null);
    return new TrackRecord(joined.size(), average);
  }
}
