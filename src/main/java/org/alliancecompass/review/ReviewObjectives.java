package org.alliancecompass.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.agreement.Kpi;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * What a review measures the alliance's objectives against: the KPIs and the partners' expected
 * contributions of the agreement in force when the review opens, kept with the review
 * ({@link #keep}), and shown to the manager who records achievement, each KPI with its last value,
 * when that task is created ({@link #offer}): the form's variables are written when someone needs
 * them, not by every review at once when a quarter's reviews fall due. Used by {@link OpenReview}
 * and {@link ObjectiveAchievementForm}.
 */
@Component
class ReviewObjectives {

  private final Agreements agreements;
  private final Alliances alliances;
  private final ReviewRepository reviews;

  ReviewObjectives(Agreements agreements, Alliances alliances, ReviewRepository reviews) {
    this.agreements = agreements;
    this.alliances = alliances;
    this.reviews = reviews;
  }

  /** Keeps with the review the KPIs and commitments of the agreement in force as it opens. */
  void keep(String reference, long reviewId) {
    reviews.saveKpis(reviewId, agreements.kpisInForce(reference));
    reviews.saveExpectedContributions(reviewId, agreements.inForce(reference).map(Agreement::commitments)
        .orElse(List.of()));
  }

  /** The objective-achievement form's variables: the objectives, the review's KPIs and its partners' commitments. */
  void offer(VariableScope review, String reference, long reviewId) {
    String objectives = agreements.inForce(reference).map(Agreement::objectivesKpis)
        .or(() -> alliances.find(reference).map(Alliance::objectives)).orElse("");
    ReviewProcess.AGREED_OBJECTIVES.on(review).set(objectives);

    List<KpiReading> measured = reviews.kpiReadings(reviewId);
    ReviewProcess.KPI_COUNT.on(review).set(measured.size());
    Map<String, KpiReading> last = new LinkedHashMap<>();
    reviews.kpiReadingsOfAlliance(reference).stream().filter(r -> r.reviewId() != reviewId && r.measured())
        .forEach(r -> last.put(r.kpi().name(), r));
    List<Map<String, Object>> table = new ArrayList<>();
    List<Map<String, Object>> actuals = new ArrayList<>();
    for (KpiReading reading : measured) {
      Kpi kpi = reading.kpi();
      KpiReading previous = last.get(kpi.name());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("kpi", kpi.name());
      row.put("measure", kpi.measure());
      row.put("better", kpi.direction().label());
      row.put("baseline", plain(kpi.baseline()));
      row.put("target", plain(kpi.target()));
      row.put("minimum", plain(kpi.minimum()));
      row.put("last", previous == null ? "none yet"
          : plain(previous.actual()) + " (review " + previous.reviewNo() + (previous.belowMinimum() ? ", below minimum)" : ")"));
      table.add(row);
      Map<String, Object> actual = new LinkedHashMap<>();
      actual.put(ReviewProcess.KPI_ROW_NAME, kpi.name());
      actual.put(ReviewProcess.KPI_ACTUAL, null);
      actuals.add(actual);
    }
    List<Map<String, Object>> contributions = new ArrayList<>();
    for (Contribution commitment : reviews.contributions(reviewId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ReviewProcess.CONTRIBUTION_PARTNER, commitment.organisationName());
      row.put(ReviewProcess.CONTRIBUTION_EXPECTED, Math.round(commitment.expectedShare() * 100) / 100.0);
      row.put(ReviewProcess.CONTRIBUTION_DELIVERED_SHARE, null);
      row.put(ReviewProcess.CONTRIBUTION_DELIVERED, null);
      contributions.add(row);
    }
    review.setVariable(ReviewProcess.CONTRIBUTIONS, FormJson.of(contributions));
    ReviewProcess.CONTRIBUTION_COUNT.on(review).set(contributions.size());
    review.setVariable(ReviewProcess.KPI_TABLE, FormJson.of(table));
    review.setVariable(ReviewProcess.KPI_ACTUALS, FormJson.of(actuals));
  }

  /** 12.5, 40, -3: a number as people write it. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
