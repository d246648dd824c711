package org.alliancecompass.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Fills the objective-achievement form as its task is created, once every partner has answered or
 * the deadline has passed: the objectives, the review's KPIs with their last values and the
 * partners' commitments ({@link ReviewObjectives#offer}). Create listener of
 * {@code Task_RecordObjectiveAchievement} in {@code alliance-review}.
 */
@Component("objectiveAchievementForm")
class ObjectiveAchievementForm implements TaskListener {

  private final ReviewObjectives objectives;

  ObjectiveAchievementForm(ReviewObjectives objectives) {
    this.objectives = objectives;
  }

  @Override
  public void notify(DelegateTask task) {
    objectives.offer(task.getExecution(), task.getExecution().getProcessBusinessKey(),
        ReviewProcess.REVIEW_ID.from(task.getExecution()).get());
  }
}
