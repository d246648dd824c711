package org.alliancecompass.health;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Scores a review from the partners' health assessments (design, section 5). A pure function
 * over the dimensions of a {@link HealthModel}:
 *
 * <ul>
 *   <li>a respondent's dimension score is (mean of its answered statements − 1) / 4 × 100;
 *   <li>a partner's dimension score is the mean over that partner's respondents;
 *   <li>the alliance's dimension score is the mean over responding partners, each weighted
 *       equally whatever its size, so asymmetry cannot let one partner dominate;
 *   <li>the overall score is the weighted mean of the dimensions;
 *   <li>the perception gap is the largest spread (max − min across partners) of any dimension:
 *       divergent views signal information asymmetry and low trust;
 *   <li>the response rate is responding partners / partners asked, and the partners asked that did
 *       not respond are named (silent); the trend is the change of the overall score since the
 *       previous review.
 * </ul>
 *
 * Results are rounded to one decimal; an average is never taken of nothing (scores are absent
 * when no partner answered). Maps of scores are keyed by dimension key, in the model's order.
 */
public final class HealthScoring {

  /** One respondent's answers: statement key to 1..5. */
  public record Response(String partner, String respondent, Map<String, Integer> answers) {
    public Response {
      answers = Map.copyOf(answers);
    }
  }

  /**
   * @param alliance the alliance's score per dimension (only dimensions someone scored)
   * @param partners each responding partner's score per dimension
   * @param respondents each responding partner's number of respondents
   * @param silentPartners the partners asked that sent no response, in the order asked: an unknown
   *     view, which the gate must not read as a good one
   */
  public record Result(
      Map<String, Double> alliance,
      Map<String, Map<String, Double>> partners,
      Map<String, Integer> respondents,
      Double overallScore,
      Double lowestDimensionScore,
      Double perceptionGap,
      double responseRate,
      Double trend,
      List<String> silentPartners) {

    public Result {
      silentPartners = List.copyOf(silentPartners);
    }

    public Double score(String dimension) {
      return alliance.get(dimension);
    }
  }

  private final HealthModel model;
  private final Map<String, Double> weights;
  private final int minimumAnswered;

  /**
   * @param weights the weight of each dimension in the overall score, by key; a dimension without
   *     one weighs 1; the weights need not sum to 1
   */
  public HealthScoring(HealthModel model, Map<String, Double> weights) {
    this(model, weights, 1);
  }

  /**
   * @param minimumAnswered how many of a dimension's statements (of those the review asks) a
   *     respondent must answer, not "don't know", for the dimension to count in their score
   */
  public HealthScoring(HealthModel model, Map<String, Double> weights, int minimumAnswered) {
    if (minimumAnswered < 1) {
      throw new IllegalArgumentException("A dimension needs at least 1 answered statement to be scored, got "
          + minimumAnswered);
    }
    this.minimumAnswered = minimumAnswered;
    List<String> unknown = weights.keySet().stream().filter(key -> model.dimension(key).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Weights for " + unknown + ", which are not dimensions of the health model "
          + model.keys());
    }
    Map<String, Double> complete = new LinkedHashMap<>();
    for (String key : model.keys()) {
      Double weight = weights.getOrDefault(key, 1.0);
      if (weight == null || weight < 0) {
        throw new IllegalArgumentException("The weight of " + key + " must be 0 or more, got " + weight);
      }
      complete.put(key, weight);
    }
    if (complete.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new IllegalArgumentException("Some dimension needs a weight above 0");
    }
    this.model = model;
    this.weights = complete;
  }

  public static HealthScoring equallyWeighted(HealthModel model) {
    return new HealthScoring(model, Map.of());
  }

  /**
   * @param partnersAsked every partner organisation asked to respond
   * @param responses the responses received (any number per partner, possibly none)
   * @param previousOverallScore the overall score of the previous review, or null for the first
   */
  public Result score(Collection<String> partnersAsked, List<Response> responses, Double previousOverallScore) {
    return score(partnersAsked, responses, previousOverallScore, ReviewFormat.FULL);
  }

  /**
   * @param format which statements the review asked: every one, or the pulse ones
   */
  public Result score(Collection<String> partnersAsked, List<Response> responses, Double previousOverallScore,
      ReviewFormat format) {
    Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
    Map<String, Integer> respondents = new LinkedHashMap<>();
    for (Response response : responses) {
      if (!partnersAsked.contains(response.partner())) {
        throw new IllegalArgumentException(response.partner() + " was not asked to respond");
      }
      respondents.merge(response.partner(), 1, Integer::sum);
      for (Dimension dimension : model.dimensions()) {
        respondentScore(dimension, response.answers(), format).ifPresent(score -> {
          double[] sum = sums.computeIfAbsent(response.partner(), p -> new LinkedHashMap<>())
              .computeIfAbsent(dimension.key(), d -> new double[2]);
          sum[0] += score;
          sum[1]++;
        });
      }
    }

    Map<String, Map<String, Double>> partnerScores = new LinkedHashMap<>();
    sums.forEach((partner, byDimension) -> {
      Map<String, Double> scores = new LinkedHashMap<>();
      byDimension.forEach((dimension, sum) -> scores.put(dimension, sum[0] / sum[1]));
      partnerScores.put(partner, scores);
    });

    Map<String, Double> allianceScores = new LinkedHashMap<>();
    Double gap = partnerScores.isEmpty() ? null : 0.0;
    for (String dimension : model.keys()) {
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

    List<String> silent = partnersAsked.stream().distinct().filter(partner -> !respondents.containsKey(partner)).toList();
    return new Result(roundAll(allianceScores), roundPartners(partnerScores), respondents,
        round(overall), round(lowest), round(gap), Math.round(responseRate * 1000) / 1000.0, round(trend), silent);
  }

  /**
   * (mean of the answered statements − 1) / 4 × 100, over the statements the review asked; empty
   * when the respondent answered fewer of them than the minimum ("don't know" is no answer).
   */
  OptionalDouble respondentScore(Dimension dimension, Map<String, Integer> answers, ReviewFormat format) {
    List<String> asked = dimension.statementKeys(format);
    List<Integer> answered = asked.stream().map(answers::get).filter(Objects::nonNull).toList();
    if (answered.isEmpty() || answered.size() < Math.min(minimumAnswered, asked.size())) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of((answered.stream().mapToInt(answer -> {
      if (answer < 1 || answer > 5) {
        throw new IllegalArgumentException("An answer is 1 to 5, got " + answer);
      }
      return answer;
    }).average().orElseThrow() - 1) / 4 * 100);
  }

  private Double overall(Map<String, Double> scores) {
    double weighted = 0;
    double weightSum = 0;
    for (Map.Entry<String, Double> score : scores.entrySet()) {
      weighted += score.getValue() * weights.get(score.getKey());
      weightSum += weights.get(score.getKey());
    }
    return weightSum == 0 ? null : weighted / weightSum;
  }

  private static Map<String, Double> roundAll(Map<String, Double> scores) {
    Map<String, Double> rounded = new LinkedHashMap<>();
    scores.forEach((dimension, score) -> rounded.put(dimension, round(score)));
    return rounded;
  }

  private static Map<String, Map<String, Double>> roundPartners(Map<String, Map<String, Double>> scores) {
    Map<String, Map<String, Double>> rounded = new LinkedHashMap<>();
    scores.forEach((partner, byDimension) -> rounded.put(partner, roundAll(byDimension)));
    return rounded;
  }

  public static Double round(Double value) {
    return value == null ? null : Math.round(value * 10) / 10.0;
  }
}
