package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.DECISION_CARRIED;
import static org.alliancecompass.review.ReviewProcess.REVIEW_DECISION;
import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;
import static org.alliancecompass.review.ReviewProcess.REVIEW_NUMBER;
import static org.alliancecompass.review.ReviewProcess.VOTE_SUMMARY;

import org.alliancecompass.alliance.PartnerTasks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.agreement.DecisionRule;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.governance.VoteTally;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tallies the partners' votes with the decision rule of the agreement in force (unanimous unless
 * agreed otherwise). A carried vote is the review's decision; a deadlock is recorded and goes to
 * the leadership team. Used by {@code Task_TallyVotes} in {@code alliance-review}.
 */
@Component("tallyVotes")
class TallyVotes implements JavaDelegate {

  private final ReviewRepository reviews;
  private final Agreements agreements;
  private final DecisionRegister decisions;
  private final PartnerRegistry registry;

  TallyVotes(ReviewRepository reviews, Agreements agreements, DecisionRegister decisions, PartnerRegistry registry) {
    this.reviews = reviews;
    this.agreements = agreements;
    this.decisions = decisions;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = REVIEW_ID.from(execution).get();
    DecisionRule rule = agreements.decisionRule(execution.getProcessBusinessKey());
    List<ReviewRepository.Vote> cast = reviews.votes(reviewId);
    Map<String, String> votes = new LinkedHashMap<>();
    cast.forEach(vote -> votes.put(vote.organisationId(), vote.vote().name()));
    VoteTally.Result result = VoteTally.tally(rule, PartnerTasks.PARTNER_GROUPS.from(execution).get(), votes,
        Arrays.stream(ReviewDecision.values()).map(Enum::name).toList());

    DECISION_CARRIED.on(execution).set(!result.deadlock());
    VOTE_SUMMARY.on(execution).set(result.summary());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReviewRepository.Vote vote : cast) {
      rows.add(Map.of("organisation", registry.nameOf(vote.organisationId()), "vote", vote.vote().name(),
          "rationale", vote.rationale()));
    }
    execution.setVariable(ReviewProcess.VOTES, FormJson.of(rows));

    String subject = "Review %d: partner vote (%s)".formatted(REVIEW_NUMBER.from(execution).get(), rule.requirement());
    if (result.deadlock()) {
      decisions.record(execution, DecisionStage.REVIEW, subject, "DEADLOCK", null, "Partners", result.summary());
    } else {
      String decision = result.decision().orElseThrow();
      REVIEW_DECISION.on(execution).set(decision);
      reviews.saveDecisionBasis(reviewId,
          rule == DecisionRule.UNANIMOUS ? DecisionBasis.UNANIMOUS_VOTE : DecisionBasis.MAJORITY_VOTE);
      decisions.record(execution, DecisionStage.REVIEW, subject, decision, null, "Partners", result.summary());
    }
  }
}
