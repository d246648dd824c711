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
 * the health scores. Submission rule and complete listener of {@code Task_RecordObjectiveAchievement}
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
    return violations;
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
    List<KpiReading> readings = reviews.kpiReadings(reviewId);
    Integer achieved = readings.isEmpty() ? form.integer(ReviewProcess.OBJECTIVES_ACHIEVED)
        : KpiReading.achievement(readings);
    reviews.saveObjectives(reviewId, achieved, form.text(ReviewProcess.OBJECTIVE_NOTES),
        form.text(ReviewProcess.CAPABILITY_NOTES), form.text(ReviewProcess.RELATIONSHIP_NOTES));
  }
}
