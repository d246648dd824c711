package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.ACTION_DUE_DATE;
import static org.alliancecompass.review.ReviewProcess.IMPROVEMENT_ACTIONS;
import static org.alliancecompass.review.ReviewProcess.REVIEW_ID;
import static org.alliancecompass.review.ReviewProcess.REVIEW_NUMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.taskform.FormViolation;
import org.alliancecompass.taskform.SubmissionRule;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The improvement plan of an AT_RISK review: at least one action, an action for every weak
 * dimension (below the gate's AT_RISK threshold; an action of an earlier review still under way
 * covers its dimension), each owned by one of the alliance's people or organisations, none due in
 * the past. Each action becomes work: its owner gets a task. Submission rule and complete listener
 * of {@code Task_AgreeImprovementPlan} in {@code alliance-review}.
 */
@Component("improvementPlan")
class ImprovementPlan implements TaskListener, SubmissionRule {

  private final ReviewRepository reviews;
  private final ImprovementActions actions;
  private final ActionOwners owners;
  private final DecisionRegister decisions;
  private final HealthModel model;
  private final ReviewSettings settings;

  ImprovementPlan(ReviewRepository reviews, ImprovementActions actions, ActionOwners owners, DecisionRegister decisions,
      HealthModel model, ReviewSettings settings) {
    this.reviews = reviews;
    this.actions = actions;
    this.owners = owners;
    this.decisions = decisions;
    this.model = model;
    this.settings = settings;
  }

  @Override
  public Set<String> taskIds() {
    return Set.of(ReviewProcess.TASK_IMPROVEMENT_PLAN);
  }

  @Override
  public List<FormViolation> check(SubmittedForm form) {
    List<Map<String, Object>> items = form.items(IMPROVEMENT_ACTIONS);
    Review scored = reviews.find(((Number) form.value(REVIEW_ID.getName())).longValue()).orElseThrow();
    List<ImprovementAction> pending = actions.pending(scored.allianceReference());
    if (items.isEmpty() && pending.isEmpty()) {
      return List.of(new FormViolation(IMPROVEMENT_ACTIONS, "agree at least one action"));
    }
    List<FormViolation> violations = new ArrayList<>();
    Set<String> covered = items.stream().map(i -> String.valueOf(i.get(HealthModel.DIMENSION)))
        .collect(Collectors.toCollection(HashSet::new));
    // an action of an earlier review still under way covers its dimension too: the plan starts from it
    pending.forEach(open -> covered.add(open.dimension()));
    List<String> uncovered = new ArrayList<>();
    for (Dimension dimension : model.dimensions()) {
      Double score = scored.score(dimension.key());
      if (settings.gate().weak(score) && !covered.contains(dimension.key())) {
        uncovered.add(dimension.label() + " (" + score + ")");
      }
    }
    if (!uncovered.isEmpty()) {
      violations.add(new FormViolation(IMPROVEMENT_ACTIONS,
          "every weak dimension needs an action; none for " + String.join(", ", uncovered)));
    }
    for (int i = 0; i < items.size(); i++) {
      LocalDate due = dueDate(items.get(i));
      if (due.isBefore(LocalDate.now())) {
        violations.add(new FormViolation(IMPROVEMENT_ACTIONS + "[" + (i + 1) + "]." + ACTION_DUE_DATE,
            "is in the past: " + due));
      }
    }
    return violations;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    long reviewId = REVIEW_ID.from(task).get();
    List<Map<String, Object>> items = form.items(IMPROVEMENT_ACTIONS);
    int reviewNo = REVIEW_NUMBER.from(task).get();
    for (Map<String, Object> item : items) {
      ActionOwner owner = owners.find(form.allianceReference(), String.valueOf(item.get(ReviewProcess.ACTION_OWNER)))
          .orElseThrow();
      actions.agree(task.getProcessEngineServices(), form.allianceReference(), reviewId, reviewNo,
          String.valueOf(item.get(HealthModel.DIMENSION)), String.valueOf(item.get(ReviewProcess.ACTION_TEXT)).trim(),
          owner, dueDate(item));
    }
    String summary = form.text(ReviewProcess.PLAN_SUMMARY);
    decisions.record(form, DecisionStage.REVIEW,
        "Review %d: improvement plan".formatted(reviewNo), "PLAN_AGREED", "Alliance manager",
        items.size() + " actions" + (summary == null ? "" : ". " + summary));
  }

  private static LocalDate dueDate(Map<String, Object> item) {
    return LocalDate.parse(String.valueOf(item.get(ACTION_DUE_DATE)).substring(0, 10));
  }
}
