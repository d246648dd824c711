package org.alliancecompass.review;

import java.time.Period;
import java.util.Map;

import org.alliancecompass.health.HealthModel;
import org.alliancecompass.health.HealthScoring;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reviews are run ({@code alliance.review.*}).
 *
 * @param weights the weight of each dimension in the overall score, by dimension key; a dimension
 *     left out weighs 1
 * @param gate the numbers of the review gate
 * @param assessmentDeadline how long partners have to answer, at most half a review cycle
 */
@ConfigurationProperties("alliance.review")
public record ReviewSettings(
    Map<String, Double> weights,
    @DefaultValue GateThresholds gate,
    @DefaultValue("P14D") Period assessmentDeadline) {

  public ReviewSettings {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }

  /** The scoring of this installation's health model with its weights. */
  public HealthScoring scoring(HealthModel model) {
    return new HealthScoring(model, weights);
  }
}
