package org.alliancecompass.review;

import org.alliancecompass.alliance.PartnerTasks;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records one partner organisation's health assessment: its answer to every statement of the
 * health model and its comments. The answers stay on the task (never in a variable another
 * partner can read) and in the review tables. Complete listener of {@code Task_AssessPartnerHealth}
 * in {@code alliance-review}.
 */
@Component("healthAssessment")
class HealthAssessment implements TaskListener {

  private final ReviewRepository reviews;
  private final HealthModel model;

  HealthAssessment(ReviewRepository reviews, HealthModel model) {
    this.reviews = reviews;
    this.model = model;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    Map<String, Integer> answers = new LinkedHashMap<>();
    Map<String, String> comments = new LinkedHashMap<>();
    for (Dimension dimension : model.dimensions()) {
      dimension.statementKeys().forEach(statement -> answers.put(statement, form.integer(statement)));
      String comment = dimension.commentKey() == null ? null : form.text(dimension.commentKey());
      if (comment != null) {
        comments.put(dimension.key(), comment);
      }
    }
    reviews.saveResponse(ReviewProcess.REVIEW_ID.from(task).get(), PartnerTasks.PARTNER.from(task).get(),
        form.user(), task.getId(), answers, comments);
  }
}
