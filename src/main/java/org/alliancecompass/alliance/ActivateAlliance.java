package org.alliancecompass.alliance;

import static org.alliancecompass.alliance.LifecycleProcess.NEXT_REVIEW_DUE;
import static org.alliancecompass.alliance.LifecycleProcess.REVIEW_CYCLE;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The agreement is in force: the selected partners join, the alliance is active and its first
 * review falls due one review cycle from now. Used by {@code Task_ActivateAlliance} in
 * {@code alliance-lifecycle}.
 */
@Component("activateAlliance")
class ActivateAlliance implements JavaDelegate {

  private final Alliances alliances;

  ActivateAlliance(Alliances alliances) {
    this.alliances = alliances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    ReviewCycle cycle = ReviewCycle.parse(REVIEW_CYCLE.from(execution).get());
    Instant due = cycle.nextAfter(Instant.now(), false);
    alliances.activate(reference, due);
    NEXT_REVIEW_DUE.on(execution).set(Date.from(due));
  }
}
