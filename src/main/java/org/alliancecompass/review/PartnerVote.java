package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;
import static org.alliancecompass.review.ReviewProcess.REVIEW_NUMBER;

import org.alliancecompass.alliance.PartnerTasks;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * One partner organisation's vote on the way forward at a critical gate. Complete listener of
 * {@code Task_CastPartnerVote} (one task per partner) in {@code alliance-review}.
 */
@Component("partnerVote")
class PartnerVote implements TaskListener {

  private final ReviewRepository reviews;
  private final DecisionRegister decisions;
  private final PartnerRegistry registry;

  PartnerVote(ReviewRepository reviews, DecisionRegister decisions, PartnerRegistry registry) {
    this.reviews = reviews;
    this.decisions = decisions;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String partner = PartnerTasks.PARTNER.from(task).get();
    ReviewDecision vote = ReviewDecision.valueOf(form.text(ReviewProcess.VOTE));
    String rationale = form.text(ReviewProcess.VOTE_RATIONALE);
    reviews.saveVote(REVIEW_ID.from(task).get(), partner, vote, rationale, form.user());
    decisions.record(form, DecisionStage.REVIEW, "Review %d: vote".formatted(REVIEW_NUMBER.from(task).get()),
        vote.name(), registry.nameOf(partner), rationale);
  }
}
