package org.alliancecompass.review;

import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records how far the alliance's objectives are achieved: success is broader than the health
 * scores. Complete listener of {@code Task_RecordObjectiveAchievement} in {@code alliance-review}.
 */
@Component("objectiveAchievement")
class ObjectiveAchievement implements TaskListener {

  private final ReviewRepository reviews;

  ObjectiveAchievement(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    reviews.saveObjectives(ReviewProcess.REVIEW_ID.from(task).get(), form.integer(ReviewProcess.OBJECTIVES_ACHIEVED),
        form.text(ReviewProcess.OBJECTIVE_NOTES), form.text(ReviewProcess.CAPABILITY_NOTES),
        form.text(ReviewProcess.RELATIONSHIP_NOTES));
  }
}
