package org.alliancecompass.review;

import static org.alliancecompass.alliance.LifecycleProcess.NEXT_REVIEW_DUE;
import static org.alliancecompass.alliance.LifecycleProcess.REVIEW_CYCLE;
import static org.alliancecompass.review.ReviewProcess.GATE_OUTCOME;

import java.time.Instant;
import java.util.Date;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.ReviewCycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Schedules the next review after a review: one review cycle on, or half a cycle after an
 * AT_RISK or CRITICAL outcome. After an ad hoc review the waiting review timer, held while it ran,
 * is moved and released ({@link ReviewTimer}), so the alliance is not reviewed again soon after.
 * Used by {@code Task_ScheduleNextReview} and {@code Task_RescheduleReview} in
 * {@code alliance-lifecycle}.
 */
@Component("scheduleNextReview")
class ScheduleNextReview implements JavaDelegate {

  private final Alliances alliances;
  private final ReviewTimer reviewTimer;

  ScheduleNextReview(Alliances alliances, ReviewTimer reviewTimer) {
    this.alliances = alliances;
    this.reviewTimer = reviewTimer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    ReviewCycle cycle = ReviewCycle.parse(REVIEW_CYCLE.from(execution).get());
    boolean closerWatch = GATE_OUTCOME.from(execution).getOptional().map(GateOutcome::valueOf)
        .map(GateOutcome::needsCloserWatch).orElse(false);
    Instant due = cycle.nextAfter(Instant.now(), closerWatch);

    NEXT_REVIEW_DUE.on(execution).set(Date.from(due));
    alliances.reviewScheduled(reference, due);

    reviewTimer.moveTo(execution, due);
  }
}
