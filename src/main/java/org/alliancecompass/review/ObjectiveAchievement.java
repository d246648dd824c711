package org.alliancecompass.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancecompass.taskform.FormViolation;
import org.alliancecompass.taskform.SubmissionRule;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records how far the alliance's objectives are achieved: each KPI's value this period (checked to
 * be the review's own KPIs, each once), and the achievement, which the KPIs give where the
 * agreement has them (the mean progress from baseline to target) and the manager estimates where
 * it has none; with the evidence and what the alliance has built, since success is broader than
 * the health scores; and what each partner delivered against the share the agreement expected of it
 * (the rows must be the agreement's partners, the shares at most 100% together). Submission rule and complete listener of {@code Task_RecordObjectiveAchievement}
 * in {@code alliance-review}.
 */
@Component("objectiveAchievement")
class ObjectiveAchievement implements TaskListener, SubmissionRule {

  private final ReviewRepository reviews;

  ObjectiveAchievement(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public Set<String> taskIds() {
    return Set.of(ReviewProcess.TASK_OBJECTIVES);
  }

  @Override
  public List<FormViolation> check(SubmittedForm form) {
    List<FormViolation> violations = new ArrayList<>();
    List<String> expected = reviews.kpiReadings(ReviewProcess.REVIEW_ID.from(form.task()).get()).stream()
        .map(r -> r.kpi().name()).toList();
    List<String> sent = rows(form).stream().map(row -> String.valueOf(row.get(ReviewProcess.KPI_ROW_NAME))).toList();
    if (!sent.equals(expected)) {
      violations.add(new FormViolation(ReviewProcess.KPI_ACTUALS, "one value for each KPI of the agreement, in its "
          + "order: " + (expected.isEmpty() ? "it has none" : String.join(", ", expected))));
    }
    List<String> partners = reviews.contributions(ReviewProcess.REVIEW_ID.from(form.task()).get()).stream()
        .map(Contribution::organisationName).toList();
    List<String> named = contributionRows(form).stream()
        .map(row -> String.valueOf(row.get(ReviewProcess.CONTRIBUTION_PARTNER))).toList();
    if (!named.equals(partners)) {
      violations.add(new FormViolation(ReviewProcess.CONTRIBUTIONS, "one row for each partner of the agreement, in its "
          + "order: " + (partners.isEmpty() ? "it has none" : String.join(", ", partners))));
    }
    double delivered = contributionRows(form).stream().map(row -> row.get(ReviewProcess.CONTRIBUTION_DELIVERED_SHARE))
        .filter(java.util.Objects::nonNull).mapToDouble(value -> new BigDecimal(String.valueOf(value)).doubleValue()).sum();
    if (delivered > 100.0001) {
      violations.add(new FormViolation(ReviewProcess.CONTRIBUTIONS, "the delivered shares add up to more than 100% ("
          + BigDecimal.valueOf(delivered).stripTrailingZeros().toPlainString() + "%)"));
    }
    return violations;
  }

  /** The rows of contributions sent; an empty row (a list drawn for an agreement without partners) is none. */
  private static List<Map<String, Object>> contributionRows(SubmittedForm form) {
    return form.items(ReviewProcess.CONTRIBUTIONS).stream()
        .filter(row -> row.get(ReviewProcess.CONTRIBUTION_PARTNER) != null).toList();
  }

  /** The rows of KPI values sent; an empty row (a list the form drew for a review without KPIs) is none. */
  private static List<Map<String, Object>> rows(SubmittedForm form) {
    return form.items(ReviewProcess.KPI_ACTUALS).stream()
        .filter(row -> row.get(ReviewProcess.KPI_ROW_NAME) != null || row.get(ReviewProcess.KPI_ACTUAL) != null).toList();
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    long reviewId = ReviewProcess.REVIEW_ID.from(task).get();
    Map<Integer, Double> actuals = new LinkedHashMap<>();
    List<Map<String, Object>> rows = rows(form);
    for (int position = 0; position < rows.size(); position++) {
      Object value = rows.get(position).get(ReviewProcess.KPI_ACTUAL);
      actuals.put(position, value == null ? null : new BigDecimal(String.valueOf(value)).doubleValue());
    }
    reviews.saveKpiActuals(reviewId, actuals);
    List<Map<String, Object>> contributions = contributionRows(form);
    for (int position = 0; position < contributions.size(); position++) {
      Object share = contributions.get(position).get(ReviewProcess.CONTRIBUTION_DELIVERED_SHARE);
      Object words = contributions.get(position).get(ReviewProcess.CONTRIBUTION_DELIVERED);
      reviews.saveDelivered(reviewId, position, share == null ? null : new BigDecimal(String.valueOf(share)).doubleValue(),
          words == null || String.valueOf(words).isBlank() ? null : String.valueOf(words).trim());
    }
    List<KpiReading> readings = reviews.kpiReadings(reviewId);
    Integer achieved = readings.isEmpty() ? form.integer(ReviewProcess.OBJECTIVES_ACHIEVED)
        : KpiReading.achievement(readings);
    reviews.saveObjectives(reviewId, achieved, form.text(ReviewProcess.OBJECTIVE_NOTES),
        form.text(ReviewProcess.CAPABILITY_NOTES), form.text(ReviewProcess.RELATIONSHIP_NOTES));
  }
}
