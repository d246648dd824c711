package org.alliancecompass.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.review.HealthScoring.Response;
import org.alliancecompass.review.HealthScoring.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthScoringTest {

  final HealthScoring scoring = HealthScoring.equallyWeighted();

  @ParameterizedTest(name = "answers {0},{1},{2} score {3}")
  @CsvSource({"1,1,1,0", "5,5,5,100", "3,3,3,50", "1,2,3,25", "4,5,5,91.66666666666667", "2,2,3,33.33333333333333"})
  @DisplayName("A respondent's dimension score is (mean of its items - 1) / 4 x 100")
  void respondentScore(int a, int b, int c, double expected) {
    Map<String, Integer> answers = Map.of("trustCommitmentsHonoured", a, "trustGoalsAligned", b, "trustFairDealing", c);
    assertThat(HealthScoring.respondentScore(Dimension.TRUST, answers).getAsDouble()).isCloseTo(expected, within(1e-9));
  }

  @Test
  @DisplayName("A respondent who skipped an item is scored on the items answered; none answered gives no score")
  void missingItems() {
    assertThat(HealthScoring.respondentScore(Dimension.TRUST, Map.of("trustCommitmentsHonoured", 5, "trustGoalsAligned", 3))
        .getAsDouble()).isEqualTo(75.0);
    assertThat(HealthScoring.respondentScore(Dimension.TRUST, Map.of("decisionsJoint", 5))).isEmpty();
  }

  @Test
  @DisplayName("Answers outside 1 to 5 are refused")
  void outOfRange() {
    assertThatThrownBy(() -> HealthScoring.respondentScore(Dimension.TRUST, Map.of("trustGoalsAligned", 6)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HealthScoring.respondentScore(Dimension.TRUST, Map.of("trustGoalsAligned", 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Each partner counts once, whatever its number of respondents: asymmetry cannot dominate")
  void partnersWeighEquallyWithUnequalRespondents() {
    // given a big partner with three respondents at 100 and a small one with one respondent at 0
    List<Response> responses = List.of(
        response("big", "b1", 5, 5, 5, 5), response("big", "b2", 5, 5, 5, 5), response("big", "b3", 5, 5, 5, 5),
        response("small", "s1", 1, 1, 1, 1));

    // when
    Result result = scoring.score(List.of("big", "small"), responses, null);

    // then the alliance sits half way, not at 75
    assertThat(result.overallScore()).isEqualTo(50.0);
    assertThat(result.respondents()).containsEntry("big", 3).containsEntry("small", 1);
    assertThat(result.partners().get("big")).containsEntry(Dimension.TRUST, 100.0);
    assertThat(result.perceptionGap()).isEqualTo(100.0);
  }

  @Test
  @DisplayName("A partner's score is the mean of its respondents")
  void partnerIsMeanOfRespondents() {
    Result result = scoring.score(List.of("p"), List.of(response("p", "a", 5, 3, 1, 2), response("p", "b", 3, 3, 3, 4)), null);
    assertThat(result.partners().get("p")).containsEntry(Dimension.TRUST, 75.0).containsEntry(Dimension.DECISION_MAKING, 50.0)
        .containsEntry(Dimension.MANAGEMENT_CAPABILITY, 25.0).containsEntry(Dimension.FLEXIBILITY, 50.0);
    assertThat(result.overallScore()).isEqualTo(50.0);
    assertThat(result.lowestDimensionScore()).isEqualTo(25.0);
    assertThat(result.perceptionGap()).as("one partner: nobody to diverge from").isEqualTo(0.0);
  }

  @Test
  @DisplayName("The perception gap is the largest spread between partners on any one dimension")
  void perceptionGap() {
    Result result = scoring.score(List.of("a", "b", "c"), List.of(
        response("a", "x", 4, 4, 2, 4), response("b", "y", 4, 3, 4, 4), response("c", "z", 4, 4, 5, 3)), null);
    assertThat(result.perceptionGap()).isEqualTo(75.0); // management capability: 25 .. 100
  }

  @Test
  @DisplayName("Missing responses lower the response rate, not the scores; no response at all gives no scores")
  void missingResponses() {
    Result some = scoring.score(List.of("a", "b", "c", "d"), List.of(response("a", "x", 5, 5, 5, 5)), 80.0);
    assertThat(some.responseRate()).isEqualTo(0.25);
    assertThat(some.overallScore()).isEqualTo(100.0);
    assertThat(some.trend()).isEqualTo(20.0);

    Result none = scoring.score(List.of("a", "b"), List.of(), 80.0);
    assertThat(none.responseRate()).isEqualTo(0.0);
    assertThat(none.overallScore()).isNull();
    assertThat(none.perceptionGap()).isNull();
    assertThat(none.trend()).isNull();
    assertThat(none.alliance()).isEmpty();
  }

  @Test
  @DisplayName("The trend is the change of the overall score since the previous review")
  void trend() {
    Result result = scoring.score(List.of("a"), List.of(response("a", "x", 3, 3, 3, 3)), 70.0);
    assertThat(result.trend()).isEqualTo(-20.0);
    assertThat(scoring.score(List.of("a"), List.of(response("a", "x", 3, 3, 3, 3)), null).trend()).isNull();
  }

  @Test
  @DisplayName("Weights shift the overall score towards the dimensions that matter more")
  void weights() {
    Map<Dimension, Double> weights = new EnumMap<>(Dimension.class);
    weights.put(Dimension.TRUST, 3.0);
    weights.put(Dimension.DECISION_MAKING, 1.0);
    weights.put(Dimension.MANAGEMENT_CAPABILITY, 0.0);
    weights.put(Dimension.FLEXIBILITY, 0.0);
    Result result = new HealthScoring(weights).score(List.of("a"), List.of(response("a", "x", 5, 1, 3, 3)), null);
    assertThat(result.overallScore()).isEqualTo(75.0);
  }

  @Test
  @DisplayName("Weights must cover every dimension and not all be zero; responses only from partners asked")
  void invalidInput() {
    assertThatThrownBy(() -> new HealthScoring(Map.of(Dimension.TRUST, 1.0))).isInstanceOf(IllegalArgumentException.class);
    Map<Dimension, Double> zero = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      zero.put(d, 0.0);
    }
    assertThatThrownBy(() -> new HealthScoring(zero)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scoring.score(List.of("a"), List.of(response("stranger", "x", 3, 3, 3, 3)), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stranger");
  }

  @Test
  @DisplayName("Scores are rounded to one decimal, the response rate to three")
  void rounding() {
    Result result = scoring.score(List.of("a", "b", "c"), List.of(response("a", "x", 4, 4, 4, 4),
        responseWith("b", Map.of("trustCommitmentsHonoured", 5, "trustGoalsAligned", 4, "trustFairDealing", 4))), null);
    assertThat(result.score(Dimension.TRUST)).isEqualTo(79.2); // (75 + 83.33) / 2
    assertThat(result.responseRate()).isEqualTo(0.667);
  }

  static Response response(String partner, String respondent, int trust, int decisionMaking, int management, int flexibility) {
    Map<String, Integer> answers = new HashMap<>();
    int[] values = {trust, decisionMaking, management, flexibility};
    for (Dimension dimension : Dimension.values()) {
      dimension.items().forEach(item -> answers.put(item, values[dimension.ordinal()]));
    }
    return new Response(partner, respondent, answers);
  }

  static Response responseWith(String partner, Map<String, Integer> answers) {
    return new Response(partner, partner + "-respondent", answers);
  }
}
