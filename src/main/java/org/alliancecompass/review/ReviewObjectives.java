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
 * What a review measures the alliance's objectives against: the objectives and KPIs of the
 * agreement in force when the review opens, kept with the review, and shown to the manager who
 * records achievement with each KPI's last value. Used by {@link OpenReview}.
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

  void prepare(VariableScope review, String reference, long reviewId) {
    List<Kpi> kpis = agreements.kpisInForce(reference);
    reviews.saveKpis(reviewId, kpis);
    String objectives = agreements.inForce(reference).map(Agreement::objectivesKpis)
        .or(() -> alliances.find(reference).map(Alliance::objectives)).orElse("");
    ReviewProcess.AGREED_OBJECTIVES.on(review).set(objectives);
    ReviewProcess.KPI_COUNT.on(review).set(kpis.size());

    Map<String, KpiReading> last = new LinkedHashMap<>();
    reviews.kpiReadingsOfAlliance(reference).stream().filter(r -> r.reviewId() != reviewId && r.measured())
        .forEach(r -> last.put(r.kpi().name(), r));
    List<Map<String, Object>> table = new ArrayList<>();
    List<Map<String, Object>> actuals = new ArrayList<>();
    for (Kpi kpi : kpis) {
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
    List<Agreement.Commitment> commitments = agreements.inForce(reference).map(Agreement::commitments)
        .orElse(List.of());
    reviews.saveExpectedContributions(reviewId, commitments);
    List<Map<String, Object>> contributions = new ArrayList<>();
    for (Agreement.Commitment commitment : commitments) {
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
