package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.REVIEW_DECISION;
import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;
import static org.alliancecompass.review.ReviewProcess.REVIEW_NUMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.selection.PartnerRegistry;
import org.alliancecompass.taskform.FormViolation;
import org.alliancecompass.taskform.SubmissionRule;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * What people decide at the review gate: the reconciliation of divergent perceptions, each
 * partner's vote at a critical gate, the leadership team's final call on deadlock, and the
 * improvement plan. Complete listeners of the user tasks of {@code alliance-review} after the
 * scores are known.
 */
@Component
class ReviewDecisions {

  private final ReviewRepository reviews;
  private final ImprovementActionRepository actions;
  private final DecisionRegister decisions;
  private final PartnerRegistry registry;

  ReviewDecisions(ReviewRepository reviews, ImprovementActionRepository actions, DecisionRegister decisions,
      PartnerRegistry registry) {
    this.reviews = reviews;
    this.actions = actions;
    this.decisions = decisions;
    this.registry = registry;
  }

  /** {@code Task_ReconcilePerceptions}: the agreed reading where partners' views differ. */
  @Component("perceptionReconciliation")
  static class Reconciliation implements TaskListener {
    private final ReviewDecisions review;

    Reconciliation(ReviewDecisions review) {
      this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      StringBuilder text = new StringBuilder(form.text("reconciliationSummary"));
      Map<String, String> readings = Map.of("agreedTrust", "Trust and loyalty", "agreedDecisionMaking",
          "Decision-making", "agreedManagementCapability", "Management capability", "agreedFlexibility",
          "Flexibility and dynamism");
      readings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(reading -> {
        String agreed = form.text(reading.getKey());
        if (agreed != null) {
          text.append("\n").append(reading.getValue()).append(": ").append(agreed);
        }
      });
      review.reviews.saveReconciliation(REVIEW_ID.from(task).get(), text.toString());
    }
  }

  /** {@code Task_CastPartnerVote}: one partner organisation's vote. */
  @Component("partnerVote")
  static class Vote implements TaskListener {
    private final ReviewDecisions review;

    Vote(ReviewDecisions review) {
      this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      String partner = ReviewProcess.PARTNER.from(task).get();
      review.reviews.saveVote(REVIEW_ID.from(task).get(), partner, form.text("vote"), form.text("voteRationale"),
          form.user());
      review.record(form, "vote", form.text("vote"), review.registry.nameOf(partner), form.text("voteRationale"));
    }
  }

  /** {@code Task_MakeFinalCall}: the leadership team decides on deadlock. */
  @Component("boardFinalCall")
  static class FinalCall implements TaskListener {
    private final ReviewDecisions review;

    FinalCall(ReviewDecisions review) {
      this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      String decision = form.text("finalDecision");
      REVIEW_DECISION.on(task.getExecution()).set(decision);
      review.reviews.saveDecisionBasis(REVIEW_ID.from(task).get(), "BOARD_FINAL_CALL");
      review.record(form, "final call on deadlock", decision, "Alliance leadership team",
          form.text("finalDecisionRationale"));
    }
  }

  /** {@code Task_AgreeImprovementPlan}: actions, at least one per weak dimension, none due in the past. */
  @Component("improvementPlan")
  static class Plan implements TaskListener, SubmissionRule {
    private final ReviewDecisions review;

    Plan(ReviewDecisions review) {
      this.review = review;
    }

    @Override
    public Set<String> taskIds() {
      return Set.of(ReviewProcess.TASK_IMPROVEMENT_PLAN);
    }

    @Override
    public List<FormViolation> check(SubmittedForm form) {
      List<Map<String, Object>> items = form.items(ReviewProcess.IMPROVEMENT_ACTIONS);
      if (items.isEmpty()) {
        return List.of(new FormViolation(ReviewProcess.IMPROVEMENT_ACTIONS, "agree at least one action"));
      }
      List<FormViolation> violations = new ArrayList<>();
      Review scored = review.reviews.find(((Number) form.value(REVIEW_ID.getName())).longValue()).orElseThrow();
      Set<String> covered = items.stream().map(i -> String.valueOf(i.get("dimension"))).collect(Collectors.toSet());
      List<String> uncovered = new ArrayList<>();
      for (Dimension dimension : Dimension.values()) {
        Double score = scored.score(dimension);
        if (score != null && score < ComputeReviewScores.WEAK_BELOW && !covered.contains(dimension.key())) {
          uncovered.add(dimension.label() + " (" + score + ")");
        }
      }
      if (!uncovered.isEmpty()) {
        violations.add(new FormViolation(ReviewProcess.IMPROVEMENT_ACTIONS,
            "every weak dimension needs an action; none for " + String.join(", ", uncovered)));
      }
      for (int i = 0; i < items.size(); i++) {
        LocalDate due = dueDate(items.get(i));
        if (due.isBefore(LocalDate.now())) {
          violations.add(new FormViolation("improvementActions[" + (i + 1) + "].dueDate", "is in the past: " + due));
        }
      }
      return violations;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      long reviewId = REVIEW_ID.from(task).get();
      List<Map<String, Object>> items = form.items(ReviewProcess.IMPROVEMENT_ACTIONS);
      for (Map<String, Object> item : items) {
        review.actions.insert(form.allianceReference(), reviewId, String.valueOf(item.get("dimension")),
            String.valueOf(item.get("action")).trim(), String.valueOf(item.get("owner")).trim(), dueDate(item));
      }
      review.record(form, "improvement plan", "PLAN_AGREED", "Alliance manager",
          items.size() + " actions" + (form.text("planSummary") == null ? "" : ". " + form.text("planSummary")));
    }

    private static LocalDate dueDate(Map<String, Object> item) {
      return LocalDate.parse(String.valueOf(item.get("dueDate")).substring(0, 10));
    }
  }

  private void record(SubmittedForm form, String step, String decision, String onBehalfOf, String rationale) {
    DelegateTask task = form.task();
    decisions.record(form.allianceReference(), "REVIEW",
        "Review %d: %s".formatted(REVIEW_NUMBER.from(task).get(), step), decision, form.user(), onBehalfOf, rationale,
        task.getProcessInstanceId(), task.getId());
  }
}
