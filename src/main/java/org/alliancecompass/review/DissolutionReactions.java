package org.alliancecompass.review;

import org.alliancecompass.alliance.AllianceDissolutionStarted;
import org.alliancecompass.alliance.AllianceDissolved;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the end of an alliance means for its reviews: a review running when the alliance goes to
 * dissolution will never close and is cancelled; open improvement actions end with the alliance,
 * and so do their processes (their owners' tasks go).
 * Both run in the transaction that moves the alliance, so they commit, or roll back, with it.
 */
@Component
class DissolutionReactions {

  private final ReviewRepository reviews;
  private final ImprovementActionRepository actions;
  private final RuntimeService runtime;

  DissolutionReactions(ReviewRepository reviews, ImprovementActionRepository actions, RuntimeService runtime) {
    this.reviews = reviews;
    this.actions = actions;
    this.runtime = runtime;
  }

  @EventListener
  void on(AllianceDissolutionStarted event) {
    reviews.cancelOpen(event.reference());
  }

  @EventListener
  void on(AllianceDissolved event) {
    actions.closeOpen(event.reference(), ActionStatus.CLOSED_AT_DISSOLUTION);
    runtime.createMessageCorrelation(ActionProcess.MESSAGE_ALLIANCE_DISSOLVED).processInstanceBusinessKey(event.reference())
        .correlateAllWithResult();
  }
}
