package org.alliancecompass.review;

import static io.holunda.camunda.bpm.data.CamundaBpmData.doubleVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;

import java.util.LinkedHashMap;
import java.util.Map;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the review gate ({@code alliance.review.gate.*}), in one place. The DMN
 * {@code review-gate-outcome} keeps the rules and compares with these, which every review receives
 * as variables when its scores are computed, just before the gate; the reconciliation gateway, the weak dimensions an improvement plan
 * must address and the dashboard's "divergent" flag read the same numbers.
 *
 * @param criticalBelow an overall score below this is CRITICAL
 * @param criticalDimensionBelow a dimension below this is CRITICAL
 * @param atRiskBelow an overall score below this is AT_RISK; a dimension below it is weak and
 *     needs an improvement action
 * @param atRiskDimensionBelow a dimension below this is AT_RISK
 * @param perceptionGapAbove partners' views further apart than this are AT_RISK and need a
 *     facilitated reconciliation
 * @param watchTrendBelow a fall of the overall score since the last review beyond this is WATCH
 * @param watchResponseRateBelow a response rate below this is WATCH
 * @param atRiskKpisBelowMinimum this many KPIs or more beyond their minimum condition of
 *     satisfaction is AT_RISK (1: any failing KPI)
 * @param watchSilentPartners this many partners or more silent (asked, no answer) is WATCH at
 *     least: an unknown view is not a good one (1: any partner silent)
 * @param watchDecisionDaysAbove a decision of the review period (an approval, a signature, a vote,
 *     a final call) that took longer than this many days makes the review WATCH at least: the
 *     alliance's service level for its decisions
 */
public record GateThresholds(
    @DefaultValue("40") double criticalBelow,
    @DefaultValue("25") double criticalDimensionBelow,
    @DefaultValue("60") double atRiskBelow,
    @DefaultValue("40") double atRiskDimensionBelow,
    @DefaultValue("40") double perceptionGapAbove,
    @DefaultValue("-15") double watchTrendBelow,
    @DefaultValue("0.5") double watchResponseRateBelow,
    @DefaultValue("1") int watchSilentPartners,
    @DefaultValue("1") int atRiskKpisBelowMinimum,
    @DefaultValue("21") double watchDecisionDaysAbove) {

  public static final VariableFactory<Double> CRITICAL_BELOW = doubleVariable("gateCriticalBelow");
  public static final VariableFactory<Double> CRITICAL_DIMENSION_BELOW = doubleVariable("gateCriticalDimensionBelow");
  public static final VariableFactory<Double> AT_RISK_BELOW = doubleVariable("gateAtRiskBelow");
  public static final VariableFactory<Double> AT_RISK_DIMENSION_BELOW = doubleVariable("gateAtRiskDimensionBelow");
  public static final VariableFactory<Double> PERCEPTION_GAP_ABOVE = doubleVariable("gatePerceptionGapAbove");
  public static final VariableFactory<Double> WATCH_TREND_BELOW = doubleVariable("gateWatchTrendBelow");
  public static final VariableFactory<Double> WATCH_RESPONSE_RATE_BELOW = doubleVariable("gateWatchResponseRateBelow");
  public static final VariableFactory<Integer> WATCH_SILENT_PARTNERS = intVariable("gateWatchSilentPartners");
  public static final VariableFactory<Integer> AT_RISK_KPIS_BELOW_MINIMUM = intVariable("gateAtRiskKpisBelowMinimum");
  public static final VariableFactory<Double> WATCH_DECISION_DAYS_ABOVE = doubleVariable("gateWatchDecisionDaysAbove");

  public GateThresholds {
    if (!(criticalBelow <= atRiskBelow && criticalDimensionBelow <= atRiskDimensionBelow)) {
      throw new IllegalArgumentException("The CRITICAL thresholds must not be above the AT_RISK ones: overall "
          + criticalBelow + " / " + atRiskBelow + ", dimension " + criticalDimensionBelow + " / " + atRiskDimensionBelow);
    }
    if (watchResponseRateBelow < 0 || watchResponseRateBelow > 1) {
      throw new IllegalArgumentException("watch-response-rate-below is a share of partners, 0 to 1: "
          + watchResponseRateBelow);
    }
    if (watchSilentPartners < 1) {
      throw new IllegalArgumentException("watch-silent-partners is a number of partners, 1 or more: "
          + watchSilentPartners);
    }
    if (watchDecisionDaysAbove <= 0) {
      throw new IllegalArgumentException("watch-decision-days-above is a number of days, above 0: "
          + watchDecisionDaysAbove);
    }
    if (atRiskKpisBelowMinimum < 1) {
      throw new IllegalArgumentException("at-risk-kpis-below-minimum is a number of KPIs, 1 or more: "
          + atRiskKpisBelowMinimum);
    }
  }

  /** The variables the DMN and the reconciliation gateway compare with. */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(CRITICAL_BELOW.getName(), criticalBelow);
    variables.put(CRITICAL_DIMENSION_BELOW.getName(), criticalDimensionBelow);
    variables.put(AT_RISK_BELOW.getName(), atRiskBelow);
    variables.put(AT_RISK_DIMENSION_BELOW.getName(), atRiskDimensionBelow);
    variables.put(PERCEPTION_GAP_ABOVE.getName(), perceptionGapAbove);
    variables.put(WATCH_TREND_BELOW.getName(), watchTrendBelow);
    variables.put(WATCH_RESPONSE_RATE_BELOW.getName(), watchResponseRateBelow);
    variables.put(WATCH_SILENT_PARTNERS.getName(), watchSilentPartners);
    variables.put(AT_RISK_KPIS_BELOW_MINIMUM.getName(), atRiskKpisBelowMinimum);
    variables.put(WATCH_DECISION_DAYS_ABOVE.getName(), watchDecisionDaysAbove);
    return variables;
  }

  /** Whether a dimension scored this is weak: an improvement plan must address it. */
  public boolean weak(Double dimensionScore) {
    return dimensionScore != null && dimensionScore < atRiskBelow;
  }

  /** Whether partners' views this far apart diverge. */
  public boolean divergent(Double perceptionGap) {
    return perceptionGap != null && perceptionGap > perceptionGapAbove;
  }
}
