package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.ANONYMITY_MINIMUM;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.agreement.ReviewRhythm;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.health.ReviewFormat;
import org.alliancecompass.identity.Member;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens a review: asks every active partner organisation for its health assessment, by a
 * deadline of at most half a review cycle (a weekly alliance cannot wait two weeks for answers;
 * each assessment task is chased by the work module's policy), keeps with the review the KPIs and
 * commitments it measures the alliance against, and shows every partner what became of the
 * actions agreed at earlier reviews ("you said, we did"). It writes only what the assessments
 * need: when a quarter's reviews fall due together, every variable is three rows per review (the
 * gate's numbers come with the scores, the objective form's with its task). Used by
 * {@code Task_OpenReview} in {@code alliance-review}.
 */
@Component("openReview")
class OpenReview implements JavaDelegate {

  private final ReviewRepository reviews;
  private final Alliances alliances;
  private final ReviewSettings settings;
  private final ReviewObjectives objectives;
  private final ImprovementActions improvementActions;
  private final PartnerRegistry registry;
  private final Agreements agreements;

  OpenReview(ReviewRepository reviews, Alliances alliances, ReviewSettings settings, ReviewObjectives objectives,
      ImprovementActions improvementActions, PartnerRegistry registry, Agreements agreements) {
    this.registry = registry;
    this.agreements = agreements;
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

    // every representative of every partner asked, each their own assessment
    Map<String, List<String>> raters = new LinkedHashMap<>();
    asked.forEach(organisation -> raters.put(organisation,
        registry.members(organisation).stream().map(Member::id).toList()));
    ReviewFormat format = format(reference, trigger);
    long id = reviews.open(reference, trigger, format, execution.getProcessInstanceId(), raters, deadline);
    REVIEW_ID.on(execution).set(id);
    REVIEW_NUMBER.on(execution).set(reviews.find(id).orElseThrow().reviewNo());
    PARTNER_GROUPS.on(execution).set(asked);
    ASSESSMENT_DEADLINE.on(execution).set(Date.from(deadline));
    execution.setVariable(ANONYMITY_MINIMUM, settings.minimumRespondentsShown());
    execution.setVariable(HealthModel.REVIEW_FORMAT, format.name());
    REVIEW_DECISION.on(execution).set(ReviewDecision.CONTINUE.name());
    objectives.keep(reference, id);
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
  /**
   * A scheduled review under an agreement that alternates is a pulse when the review before it was
   * a full one; the first review, and every review the alliance calls for itself, is full.
   */
  private ReviewFormat format(String reference, String trigger) {
    if (agreements.reviewRhythm(reference) != ReviewRhythm.ALTERNATE
        || !ReviewProcess.TRIGGER_SCHEDULED.equals(trigger)) {
      return ReviewFormat.FULL;
    }
    return reviews.ofAlliance(reference).stream().filter(r -> r.status() == ReviewStatus.CLOSED)
        .reduce((first, second) -> second)
        .filter(previous -> previous.format() == ReviewFormat.FULL)
        .map(previous -> ReviewFormat.PULSE).orElse(ReviewFormat.FULL);
  }

  private static boolean running(DelegateExecution execution, String processInstanceId) {
    return execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).count() > 0;
  }
}
