package org.alliancecompass.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.selection.FitScoring.Candidate;
import org.alliancecompass.selection.FitScoring.Criterion;
import org.alliancecompass.selection.FitScoring.Ranked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FitScoringTest {

  @Test
  @DisplayName("The fit score is on the 0-100 scale with opportunism risk reverse-scored")
  void fitScore() {
    assertThat(FitScoring.fitScore(answers(5, 1))).isEqualTo(100.0);
    assertThat(FitScoring.fitScore(answers(1, 5))).isEqualTo(0.0);
    assertThat(FitScoring.fitScore(answers(3, 3))).isEqualTo(50.0);
    assertThat(FitScoring.fitScore(answers(5, 5))).as("a perfect fit that would go it alone").isEqualTo(85.7);
  }

  @Test
  @DisplayName("Every criterion needs an answer from 1 to 5")
  void invalid() {
    Map<Criterion, Integer> missing = answers(3, 3);
    missing.remove(Criterion.GOAL_CONGRUENCE);
    assertThatThrownBy(() -> FitScoring.fitScore(missing)).hasMessageContaining("goalCongruence");
    assertThatThrownBy(() -> FitScoring.fitScore(answers(6, 3))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Willing candidates rank first by fit, then by track record; unwilling and silent ones last")
  void ranking() {
    List<Ranked> ranked = FitScoring.rank(List.of(
        new Candidate("silent", "Silent", null, false, 2, 80.0),
        new Candidate("unwilling", "Unwilling", answers(5, 1), false, 0, null),
        new Candidate("good-record", "Good record", answers(4, 2), true, 3, 85.0),
        new Candidate("poor-record", "Poor record", answers(4, 2), true, 1, 40.0),
        new Candidate("best", "Best", answers(5, 1), true, 0, null)));
    assertThat(ranked).extracting(Ranked::organisationId)
        .containsExactly("best", "good-record", "poor-record", "unwilling", "silent");
    assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 2, 3, 4, 5);
    assertThat(ranked.get(4).fitScore()).isNull();
    assertThat(ranked.get(4).pastAlliances()).as("track record shown even without an answer").isEqualTo(2);
  }

  static Map<Criterion, Integer> answers(int each, int opportunism) {
    Map<Criterion, Integer> answers = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      answers.put(criterion, criterion == Criterion.OPPORTUNISM_RISK ? opportunism : each);
    }
    return answers;
  }
}
