package org.alliancecompass.review;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores a review from the partners' health assessments (design, section 5). A pure function:
 *
 * <ul>
 *   <li>a respondent's dimension score is (mean of its items − 1) / 4 × 100;
 *   <li>a partner's dimension score is the mean over that partner's respondents;
 *   <li>the alliance's dimension score is the mean over responding partners, each weighted
 *       equally whatever its size, so asymmetry cannot let one partner dominate;
 *   <li>the overall score is the weighted mean of the four dimensions;
 *   <li>the perception gap is the largest spread (max − min across partners) of any dimension:
 *       divergent views signal information asymmetry and low trust;
 *   <li>the response rate is responding partners / partners asked; the trend is the change of the
 *       overall score since the previous review.
 * </ul>
 *
 * Results are rounded to one decimal; an average is never taken of nothing (scores are absent
 * when no partner answered).
 */
public final class HealthScoring {

  /** One respondent's answers: item key to 1..5. */
  public record Response(String partner, String respondent, Map<String, Integer> answers) {
    public Response {
      answers = Map.copyOf(answers);
    }
  }

  /**
   * @param alliance the alliance's score per dimension (only dimensions someone scored)
   * @param partners each responding partner's score per dimension
   * @param respondents each responding partner's number of respondents
   */
  public record Result(
      Map<Dimension, Double> alliance,
      Map<String, Map<Dimension, Double>> partners,
      Map<String, Integer> respondents,
      Double overallScore,
      Double lowestDimensionScore,
      Double perceptionGap,
      double responseRate,
      Double trend) {

    public Double score(Dimension dimension) {
      return alliance.get(dimension);
    }
  }

  private final Map<Dimension, Double> weights;

  /** @param weights the weight of each dimension in the overall score; they need not sum to 1 */
  public HealthScoring(Map<Dimension, Double> weights) {
    if (!weights.keySet().containsAll(Set.of(Dimension.values()))
        || weights.values().stream().anyMatch(w -> w == null || w < 0)
        || weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new IllegalArgumentException("Every dimension needs a weight of 0 or more, and some weight above 0");
    }
    this.weights = new EnumMap<>(weights);
  }

  public static HealthScoring equallyWeighted() {
    Map<Dimension, Double> equal = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      equal.put(dimension, 1.0);
    }
    return new HealthScoring(equal);
  }

  /**
   * @param partnersAsked every partner organisation asked to respond
   * @param responses the responses received (any number per partner, possibly none)
   * @param previousOverallScore the overall score of the previous review, or null for the first
   */
  public Result score(Collection<String> partnersAsked, List<Response> responses, Double previousOverallScore) {
    Map<String, Map<Dimension, double[]>> sums = new LinkedHashMap<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    for (Response response : responses) {
      if (!partnersAsked.contains(response.partner())) {
        throw new IllegalArgumentException(response.partner() + " was not asked to respond");
      }
      respondents.merge(response.partner(), 1, Integer::sum);
      for (Dimension dimension : Dimension.values()) {
        respondentScore(dimension, response.answers()).ifPresent(score -> {
          double[] sum = sums.computeIfAbsent(response.partner(), p -> new EnumMap<>(Dimension.class))
              .computeIfAbsent(dimension, d -> new double[2]);
          sum[0] += score;
          sum[1]++;
        });
      }
    }

    Map<String, Map<Dimension, Double>> partnerScores = new LinkedHashMap<>();
    sums.forEach((partner, byDimension) -> {
      Map<Dimension, Double> scores = new EnumMap<>(Dimension.class);
      byDimension.forEach((dimension, sum) -> scores.put(dimension, sum[0] / sum[1]));
      partnerScores.put(partner, scores);
    });

    Map<Dimension, Double> allianceScores = new EnumMap<>(Dimension.class);
    Double gap = partnerScores.isEmpty() ? null : 0.0;
    for (Dimension dimension : Dimension.values()) {
      List<Double> views = partnerScores.values().stream().map(s -> s.get(dimension)).filter(Objects::nonNull).toList();
      if (!views.isEmpty()) {
        allianceScores.put(dimension, views.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
        double spread = views.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
            - views.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        gap = Math.max(gap, spread);
      }
    }

    Double overall = overall(allianceScores);
    Double lowest = allianceScores.values().stream().min(Double::compare).orElse(null);
    double responseRate = partnersAsked.isEmpty() ? 0.0 : (double) respondents.size() / partnersAsked.size();
    Double trend = overall == null || previousOverallScore == null ? null : round(overall) - previousOverallScore;

    return new Result(roundAll(allianceScores), roundPartners(partnerScores), respondents,
        round(overall), round(lowest), round(gap), Math.round(responseRate * 1000) / 1000.0, round(trend));
  }

  /** (mean of the answered items − 1) / 4 × 100; empty when the respondent answered none of them. */
  static OptionalDouble respondentScore(Dimension dimension, Map<String, Integer> answers) {
    OptionalDouble mean = dimension.items().stream().map(answers::get).filter(Objects::nonNull)
        .mapToInt(answer -> {
          if (answer < 1 || answer > 5) {
            throw new IllegalArgumentException("An answer is 1 to 5, got " + answer);
          }
          return answer;
        }).average();
    return mean.isPresent() ? OptionalDouble.of((mean.getAsDouble() - 1) / 4 * 100) : OptionalDouble.empty();
  }

  private Double overall(Map<Dimension, Double> scores) {
    double weighted = 0;
    double weightSum = 0;
    for (Map.Entry<Dimension, Double> score : scores.entrySet()) {
      weighted += score.getValue() * weights.get(score.getKey());
      weightSum += weights.get(score.getKey());
    }
    return weightSum == 0 ? null : weighted / weightSum;
  }

  private static Map<Dimension, Double> roundAll(Map<Dimension, Double> scores) {
    Map<Dimension, Double> rounded = new EnumMap<>(Dimension.class);
    scores.forEach((dimension, score) -> rounded.put(dimension, round(score)));
    return rounded;
  }

  private static Map<String, Map<Dimension, Double>> roundPartners(Map<String, Map<Dimension, Double>> scores) {
    Map<String, Map<Dimension, Double>> rounded = new LinkedHashMap<>();
    scores.forEach((partner, byDimension) -> rounded.put(partner, roundAll(byDimension)));
    return rounded;
  }

  static Double round(Double value) {
    return value == null ? null : Math.round(value * 10) / 10.0;
  }
}
