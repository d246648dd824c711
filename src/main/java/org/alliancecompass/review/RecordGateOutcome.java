package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.GATE_OUTCOME;
import static org.alliancecompass.review.ReviewProcess.LOWEST_DIMENSION_SCORE;
import static org.alliancecompass.review.ReviewProcess.OVERALL_SCORE;
import static org.alliancecompass.review.ReviewProcess.PERCEPTION_GAP;
import static org.alliancecompass.review.ReviewProcess.RESPONSE_RATE;
import static org.alliancecompass.review.ReviewProcess.REVIEW_NUMBER;
import static org.alliancecompass.review.ReviewProcess.SILENT_PARTNER_NAMES;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records the review gate's outcome in the decision register, decided by the DMN
 * {@code review-gate-outcome}, with the figures it was decided on; the same in words for the
 * partners should they have to decide the way forward. End listener of
 * {@code Task_EvaluateGate} in {@code alliance-review}.
 */
@Component("recordGateOutcome")
class RecordGateOutcome implements ExecutionListener {

  private final DecisionRegister decisions;

  RecordGateOutcome(DecisionRegister decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String outcome = GATE_OUTCOME.from(execution).get();
    String figures = ("overall score %s, lowest dimension %s, perception gap %s, response rate %s, no answer from %s, "
        + "KPIs below their minimum %s, slowest decision %s").formatted(OVERALL_SCORE.from(execution).getOrNull(),
            LOWEST_DIMENSION_SCORE.from(execution).getOrNull(), PERCEPTION_GAP.from(execution).getOrNull(),
            RESPONSE_RATE.from(execution).getOrNull(), SILENT_PARTNER_NAMES.from(execution).getOrDefault("none"),
            ReviewProcess.KPIS_BELOW_MINIMUM.from(execution).getOptional().map(String::valueOf).orElse("none agreed"),
            ReviewProcess.SLOWEST_DECISION_DAYS.from(execution).getOptional().map(days -> days + " days")
                .orElse("none in the period"));
    int review = REVIEW_NUMBER.from(execution).get();
    ReviewProcess.GATE_FINDINGS.on(execution).set("Review %d found the alliance %s: %s.".formatted(review, outcome,
        figures));
    decisions.record(execution, DecisionStage.REVIEW, "Review %d: gate outcome".formatted(review), outcome,
        "Review gate (DMN " + ReviewProcess.DECISION_KEY + ")", null,
        Character.toUpperCase(figures.charAt(0)) + figures.substring(1));
  }
}
