package org.alliancecompass.review;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reviews are run ({@code alliance.review.*}).
 *
 * @param weights the weight of each dimension in the overall score
 * @param perceptionGapThreshold a gap above this asks for a facilitated reconciliation
 * @param assessmentDeadline how long partners have to answer, at most half a review cycle
 */
@ConfigurationProperties("alliance.review")
public record ReviewSettings(
    @DefaultValue Weights weights,
    @DefaultValue("40") double perceptionGapThreshold,
    @DefaultValue("P14D") Period assessmentDeadline) {

  public record Weights(
      @DefaultValue("1") double trust,
      @DefaultValue("1") double decisionMaking,
      @DefaultValue("1") double managementCapability,
      @DefaultValue("1") double flexibility) {

    public Map<Dimension, Double> byDimension() {
      Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
      weights.put(Dimension.TRUST, trust);
      weights.put(Dimension.DECISION_MAKING, decisionMaking);
      weights.put(Dimension.MANAGEMENT_CAPABILITY, managementCapability);
      weights.put(Dimension.FLEXIBILITY, flexibility);
      return weights;
    }
  }

  public HealthScoring scoring() {
    return new HealthScoring(weights.byDimension());
  }
}
