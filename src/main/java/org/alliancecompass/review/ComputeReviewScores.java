package org.alliancecompass.review;

import static org.alliancecompass.review.ReviewProcess.LOWEST_DIMENSION_SCORE;
import static org.alliancecompass.review.ReviewProcess.OVERALL_SCORE;
import static org.alliancecompass.review.ReviewProcess.PERCEPTION_GAP;
import static org.alliancecompass.review.ReviewProcess.RESPONSE_RATE;
import static org.alliancecompass.review.ReviewProcess.SILENT_PARTNERS;
import static org.alliancecompass.review.ReviewProcess.SILENT_PARTNER_NAMES;
import static org.alliancecompass.review.ReviewProcess.TREND;
import static org.alliancecompass.review.ReviewProcess.WEAK_DIMENSION_NAMES;

import org.alliancecompass.alliance.PartnerTasks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.health.HealthScoring;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes the success-dimension scores of a review from the responses received
 * ({@link HealthScoring}), stores them per partner and dimension, and hands the results to the
 * review gate as the contract variables of {@code alliance-review}, with the partners that did not
 * answer and the KPIs beyond their minimum condition. Also prepares what the
 * following forms show every party: scores by dimension (the alliance's, and the range across
 * partners, not who said what) and the weak dimensions an improvement plan must address.
 * Used by {@code Task_ComputeScores} in {@code alliance-review}.
 */
@Component("computeReviewScores")
class ComputeReviewScores implements JavaDelegate {

  private final ReviewRepository reviews;
  private final HealthModel model;
  private final HealthScoring scoring;
  private final ReviewEvidence evidence;
  private final ReviewSettings settings;
  private final PartnerRegistry registry;
  private final ImprovementActions actions;
  private final ActionOwners owners;

  ComputeReviewScores(ReviewRepository reviews, HealthModel model, HealthScoring scoring, ReviewSettings settings,
      PartnerRegistry registry, ImprovementActions actions, ActionOwners owners, ReviewEvidence evidence) {
    this.evidence = evidence;
    this.reviews = reviews;
    this.model = model;
    this.scoring = scoring;
    this.settings = settings;
    this.registry = registry;
    this.actions = actions;
    this.owners = owners;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long reviewId = ReviewProcess.REVIEW_ID.from(execution).get();
    Review review = reviews.find(reviewId).orElseThrow();
    HealthScoring.Result result = scoring.score(PartnerTasks.PARTNER_GROUPS.from(execution).get(),
        reviews.responses(reviewId),
        reviews.previousOverallScore(review.allianceReference(), review.reviewNo()).orElse(null), review.format());
    reviews.saveScores(reviewId, result);
    // the gate's numbers, for the DMN and the reconciliation gateway that follow
    execution.setVariables(settings.gate().variables());

    for (Dimension dimension : model.dimensions()) {
      execution.setVariable(dimension.scoreVariable(), result.score(dimension.key()));
    }
    OVERALL_SCORE.on(execution).set(result.overallScore());
    LOWEST_DIMENSION_SCORE.on(execution).set(result.lowestDimensionScore());
    PERCEPTION_GAP.on(execution).set(result.perceptionGap());
    RESPONSE_RATE.on(execution).set(result.responseRate());
    TREND.on(execution).set(result.trend());
    SILENT_PARTNERS.on(execution).set(result.silentPartners().size());
    List<KpiReading> kpis = reviews.kpiReadings(reviewId);
    execution.setVariable(ReviewProcess.KPIS_BELOW_MINIMUM.getName(), KpiReading.belowMinimum(kpis));
    SILENT_PARTNER_NAMES.on(execution).set(silentNames(result));
    ProcessEvidence record = evidence.of(review);
    ReviewProcess.SLOWEST_DECISION_DAYS.on(execution).set(record.slowestDecisionDays());

    execution.setVariable(ReviewProcess.DIMENSION_SCORES, FormJson.of(dimensionRows(result)));
    execution.setVariable(ReviewProcess.GATE_FIGURES, FormJson.of(figures(result, kpis)));
    List<Dimension> weak = model.dimensions().stream()
        .filter(d -> settings.gate().weak(result.score(d.key()))).toList();
    WEAK_DIMENSION_NAMES.on(execution).set(weak.isEmpty() ? "none"
        : String.join(", ", weak.stream().map(Dimension::label).toList()));
    execution.setVariable(HealthModel.DIMENSION_OPTIONS, FormJson.of(model.options()));
    String reference = execution.getProcessBusinessKey();
    List<ImprovementAction> pending = actions.pending(reference);
    Set<String> covered = pending.stream().map(ImprovementAction::dimension).collect(Collectors.toSet());
    List<Map<String, Object>> prefill = new ArrayList<>();
    for (Dimension dimension : weak.isEmpty() && pending.isEmpty() ? List.of(model.dimensions().get(0)) : weak) {
      if (!covered.contains(dimension.key())) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put(HealthModel.DIMENSION, dimension.key());
        prefill.add(action);
      }
    }
    execution.setVariable(ReviewProcess.IMPROVEMENT_ACTIONS, FormJson.of(prefill));
    execution.setVariable(ReviewProcess.OPEN_ACTIONS, FormJson.of(pending.stream().map(actions::row).toList()));
    execution.setVariable(ActionProcess.OWNER_OPTIONS, FormJson.of(owners.options(reference)));
    execution.setVariable(ReviewProcess.AGREED_READINGS, FormJson.of(divergentDimensions(result)));
  }

  private String silentNames(HealthScoring.Result result) {
    return result.silentPartners().isEmpty() ? "none"
        : String.join(", ", result.silentPartners().stream().map(registry::nameOf).toList());
  }

  private List<Map<String, Object>> dimensionRows(HealthScoring.Result result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Dimension dimension : model.dimensions()) {
      List<Double> views = views(result, dimension);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("dimension", dimension.label());
      row.put("score", result.score(dimension.key()));
      row.put("lowest", views.stream().min(Double::compare).orElse(null));
      row.put("highest", views.stream().max(Double::compare).orElse(null));
      rows.add(row);
    }
    return rows;
  }

  /** The scores in words, for the partners deciding the way forward: "Trust and loyalty: 20.0 (partners 0.0 to 45.0)". */
  private List<Map<String, Object>> figures(HealthScoring.Result result, List<KpiReading> kpis) {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(Map.of("item", "Overall", "value", String.valueOf(result.overallScore())));
    for (Dimension dimension : model.dimensions()) {
      List<Double> views = views(result, dimension);
      String range = views.isEmpty() ? "" : " (partners %s to %s)".formatted(
          views.stream().min(Double::compare).orElseThrow(), views.stream().max(Double::compare).orElseThrow());
      rows.add(Map.of("item", dimension.label(), "value", result.score(dimension.key()) + range));
    }
    rows.add(Map.of("item", "Partners who did not answer", "value", silentNames(result)));
    for (KpiReading kpi : kpis) {
      rows.add(Map.of("item", "KPI: " + kpi.kpi().name(), "value", !kpi.measured() ? "not measured this period"
          : ReviewObjectives.plain(kpi.actual()) + " (target " + ReviewObjectives.plain(kpi.kpi().target()) + ", minimum "
              + ReviewObjectives.plain(kpi.kpi().minimum()) + (kpi.belowMinimum() ? ": below the minimum)" : ")")));
    }
    return rows;
  }

  /** The reconciliation asks for an agreed reading of each dimension on which partners' views diverge. */
  private List<Map<String, Object>> divergentDimensions(HealthScoring.Result result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Dimension dimension : model.dimensions()) {
      List<Double> views = views(result, dimension);
      if (views.size() > 1 && settings.gate().divergent(
          views.stream().max(Double::compare).orElseThrow() - views.stream().min(Double::compare).orElseThrow())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(HealthModel.DIMENSION, dimension.key());
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<Double> views(HealthScoring.Result result, Dimension dimension) {
    return result.partners().values().stream().map(s -> s.get(dimension.key())).filter(Objects::nonNull).toList();
  }
}
