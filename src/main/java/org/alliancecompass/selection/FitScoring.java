package org.alliancecompass.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Partner fit (design, section 5): seven criteria answered 1 to 5 by each candidate organisation
 * for itself; opportunism risk is reverse-scored (a high risk is a poor fit). The fit score is on
 * the same 0-100 scale as the health scores. A pure function.
 */
public final class FitScoring {

  /** The criteria, as keys of {@code forms/candidate-fit-assessment.form}. */
  public enum Criterion {
    STRATEGIC_FIT("strategicFit", false),
    GOAL_CONGRUENCE("goalCongruence", false),
    INCENTIVE_CONGRUENCE("incentiveCongruence", false),
    CULTURAL_COMPATIBILITY("culturalCompatibility", false),
    TIME_HORIZON_ALIGNMENT("timeHorizonAlignment", false),
    COMPLEMENTARY_CAPABILITIES("complementaryCapabilities", false),
    OPPORTUNISM_RISK("opportunismRisk", true);

    private final String key;
    private final boolean reverse;

    Criterion(String key, boolean reverse) {
      this.key = key;
      this.reverse = reverse;
    }

    public String key() {
      return key;
    }
  }

  /**
   * A candidate, its answers (null when it did not answer before the deadline) and its track
   * record in earlier alliances.
   */
  public record Candidate(String organisationId, String name, Map<Criterion, Integer> answers,
      boolean willingToJoin, int pastAlliances, Double averagePastHealth) {

    boolean assessed() {
      return answers != null;
    }
  }

  /** A ranked candidate; {@code fitScore} is null when the candidate did not assess itself. */
  public record Ranked(int rank, String organisationId, String name, Double fitScore, boolean assessed,
      boolean willingToJoin, int pastAlliances, Double averagePastHealth) {
  }

  private FitScoring() {
  }

  public static double fitScore(Map<Criterion, Integer> answers) {
    double sum = 0;
    for (Criterion criterion : Criterion.values()) {
      Integer answer = answers.get(criterion);
      if (answer == null || answer < 1 || answer > 5) {
        throw new IllegalArgumentException(criterion.key() + " needs an answer from 1 to 5, got " + answer);
      }
      sum += criterion.reverse ? 6 - answer : answer;
    }
    double mean = sum / Criterion.values().length;
    return Math.round((mean - 1) / 4 * 1000) / 10.0;
  }

  /**
   * Ranks candidates: those willing to join first, by fit score and then by track record; then
   * those unwilling; then those that did not answer.
   */
  public static List<Ranked> rank(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing((Candidate c) -> !c.assessed())
        .thenComparing(c -> !c.willingToJoin())
        .thenComparing(c -> c.assessed() ? -fitScore(c.answers()) : 0.0)
        .thenComparing(c -> c.averagePastHealth() == null ? 0.0 : -c.averagePastHealth())
        .thenComparing(Candidate::name));
    List<Ranked> ranked = new ArrayList<>();
    for (Candidate c : sorted) {
      ranked.add(new Ranked(ranked.size() + 1, c.organisationId(), c.name(),
          c.assessed() ? fitScore(c.answers()) : null, c.assessed(), c.assessed() && c.willingToJoin(),
          c.pastAlliances(), c.averagePastHealth()));
    }
    return ranked;
  }
}
