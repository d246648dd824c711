package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.GATE_OUTCOME;
import static org.alliancecompass.review.ReviewProcess.REVIEW_DECISION;
import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Closes a review with its gate outcome and decision, and what the decision rests on: the gate
 * alone, or the partners' decision at a CRITICAL gate (their vote, or the leadership team's final call). Used by {@code Task_CloseReview} in
 * {@code alliance-review}.
 */
@Component("closeReview")
class CloseReview implements JavaDelegate {

  private final ReviewRepository reviews;
  private final ApplicationEventPublisher events;

  CloseReview(ReviewRepository reviews, ApplicationEventPublisher events) {
    this.reviews = reviews;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionBasis basis = ReviewProcess.REVIEW_DECISION_BASIS.from(execution).getOptional().map(DecisionBasis::valueOf)
        .orElse(DecisionBasis.GATE);
    long reviewId = REVIEW_ID.from(execution).get();
    GateOutcome outcome = GateOutcome.valueOf(GATE_OUTCOME.from(execution).get());
    reviews.close(reviewId, outcome, ReviewDecision.valueOf(REVIEW_DECISION.from(execution).get()), basis);
    events.publishEvent(new ReviewClosed(execution.getProcessBusinessKey(), reviewId, outcome));
  }
}
