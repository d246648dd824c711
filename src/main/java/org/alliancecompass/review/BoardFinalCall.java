package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.REVIEW_DECISION;
import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;
import static org.alliancecompass.review.ReviewProcess.REVIEW_NUMBER;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The leadership team's final call when the partners' vote deadlocked. Complete listener of
 * {@code Task_MakeFinalCall} in {@code alliance-review}.
 */
@Component("boardFinalCall")
class BoardFinalCall implements TaskListener {

  private final ReviewRepository reviews;
  private final DecisionRegister decisions;

  BoardFinalCall(ReviewRepository reviews, DecisionRegister decisions) {
    this.reviews = reviews;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String decision = ReviewDecision.valueOf(form.text(ReviewProcess.FINAL_DECISION)).name();
    REVIEW_DECISION.on(task.getExecution()).set(decision);
    reviews.saveDecisionBasis(REVIEW_ID.from(task).get(), DecisionBasis.BOARD_FINAL_CALL);
    decisions.record(form, DecisionStage.REVIEW,
        "Review %d: final call on deadlock".formatted(REVIEW_NUMBER.from(task).get()), decision,
        "Alliance leadership team", form.text(ReviewProcess.FINAL_DECISION_RATIONALE));
  }
}
