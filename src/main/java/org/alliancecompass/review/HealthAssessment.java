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
 * Records one person's health assessment for their partner organisation: their answer to every
 * statement of the health model ("don't know" is none) and their comments, kept as the
 * organisation's, never with their name. The answers stay on the task (never in a variable
 * another partner can read) and in the review tables. Complete listener of {@code Task_AssessPartnerHealth}
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
      for (String statement : dimension.statementKeys()) {
        String answer = form.text(statement);
        // "don't know" and a statement a pulse review does not ask are no answer
        if (answer != null && !HealthModel.DONT_KNOW.equals(answer)) {
          answers.put(statement, Integer.valueOf(answer));
        }
      }
      String comment = dimension.commentKey() == null ? null : form.text(dimension.commentKey());
      if (comment != null) {
        comments.put(dimension.key(), comment);
      }
    }
    reviews.saveResponse(ReviewProcess.REVIEW_ID.from(task).get(), PartnerTasks.PARTNER.from(task).get(),
        task.getId(), answers, comments);
  }
}
