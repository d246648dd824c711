package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.ASSESSMENT_DEADLINE;
import static org.alliancecompass.alliance.PartnerTasks.PARTNER_GROUPS;
import static org.alliancecompass.review.ReviewProcess.REVIEW_DECISION;
import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;
import static org.alliancecompass.review.ReviewProcess.REVIEW_NUMBER;
import static org.alliancecompass.review.ReviewProcess.REVIEW_TRIGGER;

import org.alliancecompass.alliance.PartnerTasks;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens a review: asks every active partner organisation for its health assessment, by a
 * deadline of at most half a review cycle (a weekly alliance cannot wait two weeks for answers;
 * each assessment task is chased by the work module's policy), and hands the review the numbers
 * its gate compares with and the objectives and KPIs it measures the alliance against, and shows
 * every partner what became of the actions agreed at earlier reviews ("you said, we did"). Used by
 * {@code Task_OpenReview} in {@code alliance-review}.
 */
@Component("openReview")
class OpenReview implements JavaDelegate {

  private final ReviewRepository reviews;
  private final Alliances alliances;
  private final ReviewSettings settings;
  private final ReviewObjectives objectives;
  private final ImprovementActions improvementActions;

  OpenReview(ReviewRepository reviews, Alliances alliances, ReviewSettings settings, ReviewObjectives objectives,
      ImprovementActions improvementActions) {
    this.reviews = reviews;
    this.alliances = alliances;
    this.settings = settings;
    this.objectives = objectives;
    this.improvementActions = improvementActions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    String trigger = REVIEW_TRIGGER.from(execution).getOrDefault(ReviewProcess.TRIGGER_SCHEDULED);
    // one review at a time: the alliance's row is locked until this transaction ends, so two
    // requests at once (two managers, two nodes) cannot both find no review running
    alliances.lock(reference);
    reviews.open(reference).stream().filter(review -> running(execution, review.processInstanceId())).findFirst()
        .ifPresent(review -> {
          throw new ReviewAlreadyRunning(reference, review.reviewNo());
        });
    List<String> asked = alliances.currentPartnerIds(reference);
    ReviewCycle cycle = LifecycleProcess.REVIEW_CYCLE.from(execution).getOptional().map(ReviewCycle::parse)
        .orElse(ReviewCycle.DEFAULT);

    Instant now = Instant.now();
    Instant halfCycle = cycle.nextAfter(now, true);
    Instant configured = now.atOffset(ZoneOffset.UTC).plus(settings.assessmentDeadline()).toInstant();
    Instant deadline = configured.isBefore(halfCycle) ? configured : halfCycle;

    long id = reviews.open(reference, trigger, execution.getProcessInstanceId(), asked, deadline);
    REVIEW_ID.on(execution).set(id);
    REVIEW_NUMBER.on(execution).set(reviews.find(id).orElseThrow().reviewNo());
    PARTNER_GROUPS.on(execution).set(asked);
    ASSESSMENT_DEADLINE.on(execution).set(Date.from(deadline));
    execution.setVariables(settings.gate().variables());
    REVIEW_DECISION.on(execution).set(ReviewDecision.CONTINUE.name());
    objectives.prepare(execution, reference, id);
    Review previous = reviews.ofAlliance(reference).stream().filter(r -> r.id() != id && r.status() == ReviewStatus.CLOSED)
        .reduce((first, second) -> second).orElse(null);
    execution.setVariable(ReviewProcess.ACTIONS_SINCE_LAST_REVIEW,
        FormJson.of(improvementActions.sinceLastReview(reference, previous)));
    alliances.enter(reference, AllianceStatus.UNDER_REVIEW);
  }

  /**
   * Whether an open review's process is still running. A review an administrator cancels by
   * modifying the alliance's process instance in Cockpit leaves its row open; it must not keep the
   * alliance from being reviewed again.
   */
  private static boolean running(DelegateExecution execution, String processInstanceId) {
    return execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0;
  }
}
