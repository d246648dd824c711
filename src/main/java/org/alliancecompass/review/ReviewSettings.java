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
 * @param minimumAnsweredStatements how many statements of a dimension (of those a review asks) a
 *     respondent answers, not "don't know", for the dimension to count in their score
 * @param minimumRespondentsShown an organisation's own figures are shown outside it only when at
 *     least this many of its people answered: below, one person's answers would be readable
 */
@ConfigurationProperties("alliance.review")
public record ReviewSettings(
    Map<String, Double> weights,
    @DefaultValue GateThresholds gate,
    @DefaultValue("P14D") Period assessmentDeadline,
    @DefaultValue("2") int minimumAnsweredStatements,
    @DefaultValue("3") int minimumRespondentsShown) {

  public ReviewSettings {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    if (minimumRespondentsShown < 1) {
      throw new IllegalArgumentException("minimum-respondents-shown is a number of people, 1 or more: "
          + minimumRespondentsShown);
    }
  }

  /** Whether an organisation's own figures may be shown to people outside it. */
  public boolean shown(int respondents) {
    return respondents >= minimumRespondentsShown;
  }

  /** The scoring of this installation's health model with its weights. */
  public HealthScoring scoring(HealthModel model) {
    return new HealthScoring(model, weights, minimumAnsweredStatements);
  }
}
