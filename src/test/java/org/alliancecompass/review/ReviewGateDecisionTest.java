package org.alliancecompass.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review gate DMN ({@code bpmn/review-gate-outcome.dmn}) on a bare engine: every rule and its
 * boundaries (design, section 5). Inputs: overall score, lowest dimension, perception gap, trend,
 * response rate, silent partners, KPIs below their minimum; an empty cell is a missing value.
 */
@Deployment(resources = "bpmn/review-gate-outcome.dmn")
class ReviewGateDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("engine-only.cfg.xml").build();

  @ParameterizedTest(name = "overall {0}, lowest {1}, gap {2}, trend {3}, response {4}, silent {5}, KPIs below minimum {6} -> {7}")
  @CsvSource({
      // rule 1: overall < 40 or a dimension < 25
      "39.9, 50,   0,    0, 1, 0, , CRITICAL",
      "0,    0,    0,    0, 1, 0, , CRITICAL",
      "40,   40,   0,    0, 1, 0, , AT_RISK",
      "80,   24.9, 0,    0, 1, 0, , CRITICAL",
      "80,   25,   0,    0, 1, 0, , AT_RISK",
      // rule 2: overall < 60, a dimension < 40, or a perception gap > 40
      "59.9, 60,   0,    0, 1, 0, , AT_RISK",
      "60,   60,   0,    0, 1, 0, , HEALTHY",
      "80,   39.9, 0,    0, 1, 0, , AT_RISK",
      "80,   40,   0,    0, 1, 0, , HEALTHY",
      "80,   60,   40.1, 0, 1, 0, , AT_RISK",
      "80,   60,   40,   0, 1, 0, , HEALTHY",
      // rule 2: a KPI beyond its minimum condition of satisfaction (at-risk-kpis-below-minimum, 1); none agreed: no input
      "80,   60,   10,  0,    1,    0, 1, AT_RISK",
      "80,   60,   10,  0,    1,    0, 0, HEALTHY",
      "80,   60,   10, -20,   0.4,  1, 3, AT_RISK",
      "30,   60,   10,  0,    1,    0, 1, CRITICAL",
      // rule 3: trend < -15 or response rate < 0.5
      "70,   60,   10, -15.1, 1, 0, , WATCH",
      "70,   60,   10, -15,   1, 0, , HEALTHY",
      "70,   60,   10,  0,    0.49, 0, , WATCH",
      "70,   60,   10,  0,    0.5, 0, , HEALTHY",
      // rule 3: partners asked gave no answer (watch-silent-partners, 1): an unknown view is not a good one
      "90,   85,   5,   0,    0.5,  1, , WATCH",
      "90,   85,   5,   0,    0.5,  0, , HEALTHY",
      "30,   10,   90,  0,    0.5,  1, , CRITICAL",
      // first match wins: the most serious outcome
      "30,   10,   90, -40,   0.2, 0, , CRITICAL",
      "55,   45,   50, -40,   0.2, 0, , AT_RISK",
      // no answers at all: no scores, no trend, response rate 0
      ",     ,     ,    ,     0, 2, , WATCH",
      // first review: no trend yet
      "90,   85,   5,   ,     1, 0, , HEALTHY",
  })
  @DisplayName("Each rule of the gate, at and either side of its boundary")
  void gate(Double overall, Double lowest, Double gap, Double trend, Double responseRate, Integer silent,
      Integer kpisBelowMinimum, String outcome) {
    assertThat(evaluate(DEFAULTS, overall, lowest, gap, trend, responseRate, silent, kpisBelowMinimum))
        .isEqualTo(outcome);
  }

  @Test
  @DisplayName("The outcomes the table may give are exactly the four the processes route on")
  void outcomesAreTheProcessOutcomes() {
    var repository = engine.getProcessEngine().getRepositoryService();
    String definitionId = repository.createDecisionDefinitionQuery().decisionDefinitionKey(ReviewProcess.DECISION_KEY)
        .singleResult().getId();
    String declared = repository.getDmnModelInstance(definitionId).getModelElementsByType(
        org.camunda.bpm.model.dmn.instance.OutputValues.class).iterator().next().getText().getTextContent();
    assertThat(declared.replace("\"", "").split(","))
        .containsExactlyInAnyOrder(java.util.Arrays.stream(GateOutcome.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  @DisplayName("The numbers come from the gate's thresholds: changing one there moves the boundary of its rule")
  void thresholdsAreInputs() {
    // given the AT_RISK threshold raised from 60 to 70 and the perception gap lowered from 40 to 20
    GateThresholds stricter = new GateThresholds(40, 25, 70, 40, 20, -15, 0.5, 2, 2, 21);

    // then a 65 is AT_RISK, and so are views 30 points apart, which the defaults call HEALTHY
    assertThat(evaluate(DEFAULTS, 65.0, 60.0, 0.0, 0.0, 1.0, 0, null)).isEqualTo("HEALTHY");
    assertThat(evaluate(stricter, 65.0, 60.0, 0.0, 0.0, 1.0, 0, null)).isEqualTo("AT_RISK");
    assertThat(evaluate(DEFAULTS, 80.0, 60.0, 30.0, 0.0, 1.0, 0, null)).isEqualTo("HEALTHY");
    assertThat(evaluate(stricter, 80.0, 60.0, 30.0, 0.0, 1.0, 0, null)).isEqualTo("AT_RISK");
    assertThat(stricter.weak(65.0)).as("the improvement plan's weak dimensions follow").isTrue();
    assertThat(stricter.divergent(30.0)).as("the dashboard's divergent flag follows").isTrue();
    // and with watch-silent-partners at 2, one silent partner of many is no longer WATCH by itself, two are
    assertThat(evaluate(DEFAULTS, 80.0, 60.0, 0.0, 0.0, 0.8, 1, null)).isEqualTo("WATCH");
    assertThat(evaluate(stricter, 80.0, 60.0, 0.0, 0.0, 0.8, 1, null)).isEqualTo("HEALTHY");
    assertThat(evaluate(stricter, 80.0, 60.0, 0.0, 0.0, 0.8, 2, null)).isEqualTo("WATCH");
    // and with at-risk-kpis-below-minimum at 2, one failing KPI is no longer AT_RISK by itself, two are
    assertThat(evaluate(DEFAULTS, 80.0, 60.0, 0.0, 0.0, 1.0, 0, 1)).isEqualTo("AT_RISK");
    assertThat(evaluate(stricter, 80.0, 60.0, 0.0, 0.0, 1.0, 0, 1)).isEqualTo("HEALTHY");
    assertThat(evaluate(stricter, 80.0, 60.0, 0.0, 0.0, 1.0, 0, 2)).isEqualTo("AT_RISK");
  }

  @Test
  @DisplayName("What the record shows: a decision of the period slower than watch-decision-days-above (21) is WATCH at "
      + "least, not more; a period without decisions says nothing")
  void slowDecisions() {
    assertThat(evaluate(DEFAULTS, 90.0, 85.0, 5.0, 0.0, 1.0, 0, null, 21.1)).isEqualTo("WATCH");
    assertThat(evaluate(DEFAULTS, 90.0, 85.0, 5.0, 0.0, 1.0, 0, null, 21.0)).isEqualTo("HEALTHY");
    assertThat(evaluate(DEFAULTS, 90.0, 85.0, 5.0, 0.0, 1.0, 0, null, null)).isEqualTo("HEALTHY");
    assertThat(evaluate(DEFAULTS, 55.0, 85.0, 5.0, 0.0, 1.0, 0, null, 60.0)).isEqualTo("AT_RISK");
    GateThresholds weekly = new GateThresholds(40, 25, 60, 40, 40, -15, 0.5, 1, 1, 7);
    assertThat(evaluate(weekly, 90.0, 85.0, 5.0, 0.0, 1.0, 0, null, 8.0)).isEqualTo("WATCH");
  }

  /** The gate's numbers as the application's defaults (application.yaml) set them. */
  static final GateThresholds DEFAULTS = new GateThresholds(40, 25, 60, 40, 40, -15, 0.5, 1, 1, 21);

  static String evaluate(GateThresholds thresholds, Double overall, Double lowest, Double gap, Double trend,
      Double responseRate, Integer silentPartners, Integer kpisBelowMinimum) {
    return evaluate(thresholds, overall, lowest, gap, trend, responseRate, silentPartners, kpisBelowMinimum, null);
  }

  static String evaluate(GateThresholds thresholds, Double overall, Double lowest, Double gap, Double trend,
      Double responseRate, Integer silentPartners, Integer kpisBelowMinimum, Double slowestDecisionDays) {
    DecisionService decisions = engine.getProcessEngine().getDecisionService();
    Map<String, Object> inputs = new HashMap<>(thresholds.variables());
    inputs.put("overallScore", overall);
    inputs.put("lowestDimensionScore", lowest);
    inputs.put("perceptionGap", gap);
    inputs.put("trend", trend);
    inputs.put("responseRate", responseRate);
    inputs.put("silentPartners", silentPartners);
    inputs.put("kpisBelowMinimum", kpisBelowMinimum);
    inputs.put("slowestDecisionDays", slowestDecisionDays);
    return decisions.evaluateDecisionTableByKey(ReviewProcess.DECISION_KEY, inputs).getSingleEntry();
  }
}
