package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;

import java.util.Map;

import org.alliancecompass.health.HealthModel;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The facilitated reconciliation of divergent perceptions: what the partners agreed, and the
 * agreed reading of each dimension where their views differ, on the review's record instead of an
 * average that hides the disagreement. Complete listener of {@code Task_ReconcilePerceptions} in
 * {@code alliance-review}.
 */
@Component("perceptionReconciliation")
class PerceptionReconciliation implements TaskListener {

  private final ReviewRepository reviews;
  private final HealthModel model;

  PerceptionReconciliation(ReviewRepository reviews, HealthModel model) {
    this.reviews = reviews;
    this.model = model;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    StringBuilder text = new StringBuilder(form.text(ReviewProcess.RECONCILIATION_SUMMARY));
    for (Map<String, Object> reading : form.items(ReviewProcess.AGREED_READINGS)) {
      Object agreed = reading.get(ReviewProcess.READING_TEXT);
      if (agreed != null && !agreed.toString().isBlank()) {
        text.append("\n").append(model.label(String.valueOf(reading.get(HealthModel.DIMENSION))))
            .append(": ").append(agreed.toString().trim());
      }
    }
    reviews.saveReconciliation(REVIEW_ID.from(task).get(), text.toString());
  }
}
