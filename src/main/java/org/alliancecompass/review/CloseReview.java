package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.GATE_OUTCOME;
import static org.alliancecompass.review.ReviewProcess.REVIEW_DECISION;
import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Closes a review with its gate outcome and decision. Used by {@code Task_CloseReview} in
 * {@code alliance-review}.
 */
@Component("closeReview")
class CloseReview implements JavaDelegate {

  private final ReviewRepository reviews;

  CloseReview(ReviewRepository reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = REVIEW_ID.from(execution).get();
    String outcome = GATE_OUTCOME.from(execution).get();
    String decision = REVIEW_DECISION.from(execution).get();
    String basis = reviews.find(reviewId).map(Review::decisionBasis).orElse(null);
    reviews.close(reviewId, outcome, decision, basis == null ? "GATE" : basis);
  }
}
