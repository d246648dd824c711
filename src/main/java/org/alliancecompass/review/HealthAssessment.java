package org.alliancecompass.review;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records one partner organisation's health assessment: its twelve answers and its comments.
 * The answers stay on the task (never in a variable another partner can read) and in the review
 * tables. Complete listener of {@code Task_AssessPartnerHealth} in {@code alliance-review}.
 */
@Component("healthAssessment")
class HealthAssessment implements TaskListener {

  private final ReviewRepository reviews;

  HealthAssessment(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    Map<String, Integer> answers = new LinkedHashMap<>();
    Map<Dimension, String> comments = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      dimension.items().forEach(item -> answers.put(item, form.integer(item)));
      String comment = form.text(dimension.commentKey());
      if (comment != null) {
        comments.put(dimension, comment);
      }
    }
    reviews.saveResponse(ReviewProcess.REVIEW_ID.from(task).get(), ReviewProcess.PARTNER.from(task).get(),
        form.user(), task.getId(), answers, comments);
  }
}
