package org.alliancecompass.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.health.HealthScoring.Response;
import org.alliancecompass.health.HealthScoring.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthScoringTest {

  static final HealthModel MODEL = HealthModel.load();
  static final Dimension TRUST = MODEL.dimension("trust").orElseThrow();

  final HealthScoring scoring = HealthScoring.equallyWeighted(MODEL);

  /** A dimension of three statements, the second one asked in a pulse review. */
  static final Dimension THREE = new Dimension("three", "Three", List.of(new Statement("a", "A"),
      new Statement("b", "B", true), new Statement("c", "C")), null);
  static final HealthScoring THREE_SCORED = new HealthScoring(new HealthModel(List.of(THREE)), Map.of(), 2);

  @ParameterizedTest(name = "answers {0},{1},{2} score {3}")
  @CsvSource({"1,1,1,0", "5,5,5,100", "3,3,3,50", "1,2,3,25", "4,5,5,91.66666666666667", "2,2,3,33.33333333333333"})
  @DisplayName("A respondent's dimension score is (mean of its items - 1) / 4 x 100")
  void respondentScore(int a, int b, int c, double expected) {
    Map<String, Integer> answers = Map.of("a", a, "b", b, "c", c);
    assertThat(THREE_SCORED.respondentScore(THREE, answers, ReviewFormat.FULL).getAsDouble())
        .isCloseTo(expected, within(1e-9));
  }

  @Test
  @DisplayName("\"Don't know\" is no answer: a dimension is scored on the statements answered, once the minimum "
      + "is answered (2 here), and not at all below it")
  void minimumAnswered() {
    assertThat(THREE_SCORED.respondentScore(THREE, Map.of("a", 5, "b", 3), ReviewFormat.FULL).getAsDouble())
        .isEqualTo(75.0);
    assertThat(THREE_SCORED.respondentScore(THREE, Map.of("a", 5), ReviewFormat.FULL)).as("one of three").isEmpty();
    assertThat(THREE_SCORED.respondentScore(THREE, Map.of(), ReviewFormat.FULL)).isEmpty();
    assertThat(new HealthScoring(new HealthModel(List.of(THREE)), Map.of(), 1)
        .respondentScore(THREE, Map.of("a", 5), ReviewFormat.FULL).getAsDouble()).isEqualTo(100.0);
    assertThatThrownBy(() -> new HealthScoring(MODEL, Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("A pulse review scores the pulse statement alone: its one answer is enough, the others do not count")
  void pulse() {
    assertThat(THREE_SCORED.respondentScore(THREE, Map.of("b", 4), ReviewFormat.PULSE).getAsDouble()).isEqualTo(75.0);
    assertThat(THREE_SCORED.respondentScore(THREE, Map.of("a", 1, "c", 1, "b", 5), ReviewFormat.PULSE).getAsDouble())
        .isEqualTo(100.0);
    assertThat(THREE_SCORED.respondentScore(THREE, Map.of("a", 1), ReviewFormat.PULSE)).isEmpty();
    assertThat(MODEL.dimensions()).allSatisfy(d -> assertThat(d.statementKeys(ReviewFormat.PULSE))
        .as("the form marks one pulse statement in " + d.key()).hasSize(1));
  }

  @Test
  @DisplayName("Answers outside 1 to 5 are refused")
  void outOfRange() {
    assertThatThrownBy(() -> THREE_SCORED.respondentScore(THREE, Map.of("a", 6, "b", 3), ReviewFormat.FULL))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> THREE_SCORED.respondentScore(THREE, Map.of("a", 0, "b", 3), ReviewFormat.FULL))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Several raters per organisation, unequal counts, a rater below the minimum, an organisation silent")
  void severalRaters() {
    HealthScoring strict = new HealthScoring(MODEL, Map.of(), 2);
    Map<String, Integer> oneTrustAnswer = new HashMap<>(response("big", "b3", 1, 5, 5, 5).answers());
    TRUST.statementKeys().stream().skip(1).forEach(oneTrustAnswer::remove);
    List<Response> responses = List.of(response("big", "b1", 5, 5, 5, 5), response("big", "b2", 3, 5, 5, 5),
        new Response("big", "b3", oneTrustAnswer), response("small", "s1", 1, 1, 1, 1));

    Result result = strict.score(List.of("big", "small", "quiet"), responses, null);

    // big's trust is the mean of b1 and b2 (100, 50); b3 answered one trust statement: not counted there
    assertThat(result.partners().get("big")).containsEntry("trust", 75.0).containsEntry("decisionMaking", 100.0);
    assertThat(result.respondents()).containsEntry("big", 3).containsEntry("small", 1);
    assertThat(result.score("trust")).isEqualTo(37.5);
    assertThat(result.responseRate()).isEqualTo(0.667);
    assertThat(result.silentPartners()).containsExactly("quiet");
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
    assertThat(result.silentPartners()).as("every partner asked answered").isEmpty();
    assertThat(result.partners().get("big")).containsEntry("trust", 100.0);
    assertThat(result.perceptionGap()).isEqualTo(100.0);
  }

  @Test
  @DisplayName("A partner's score is the mean of its respondents")
  void partnerIsMeanOfRespondents() {
    Result result = scoring.score(List.of("p"), List.of(response("p", "a", 5, 3, 1, 2), response("p", "b", 3, 3, 3, 4)), null);
    assertThat(result.partners().get("p")).containsEntry("trust", 75.0).containsEntry("decisionMaking", 50.0)
        .containsEntry("managementCapability", 25.0).containsEntry("flexibility", 50.0);
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
    assertThat(some.silentPartners()).as("named in the order asked").containsExactly("b", "c", "d");

    Result none = scoring.score(List.of("a", "b"), List.of(), 80.0);
    assertThat(none.responseRate()).isEqualTo(0.0);
    assertThat(none.overallScore()).isNull();
    assertThat(none.perceptionGap()).isNull();
    assertThat(none.trend()).isNull();
    assertThat(none.alliance()).isEmpty();
    assertThat(none.silentPartners()).containsExactly("a", "b");
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
    Map<String, Double> weights = Map.of("trust", 3.0, "decisionMaking", 1.0, "managementCapability", 0.0,
        "flexibility", 0.0);
    Result result = new HealthScoring(MODEL, weights).score(List.of("a"), List.of(response("a", "x", 5, 1, 3, 3)), null);
    assertThat(result.overallScore()).isEqualTo(75.0);
  }

  @Test
  @DisplayName("A dimension without a weight weighs 1; weights of unknown dimensions, below zero or all zero are refused")
  void invalidWeights() {
    Result partly = new HealthScoring(MODEL, Map.of("trust", 2.0)).score(List.of("a"),
        List.of(response("a", "x", 5, 1, 1, 1)), null);
    assertThat(partly.overallScore()).isEqualTo(40.0); // (2 x 100 + 0 + 0 + 0) / 5
    assertThatThrownBy(() -> new HealthScoring(MODEL, Map.of("trsut", 1.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trsut");
    assertThatThrownBy(() -> new HealthScoring(MODEL, Map.of("trust", -1.0))).isInstanceOf(IllegalArgumentException.class);
    Map<String, Double> zero = new HashMap<>();
    MODEL.keys().forEach(key -> zero.put(key, 0.0));
    assertThatThrownBy(() -> new HealthScoring(MODEL, zero)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Responses only from partners asked")
  void strangers() {
    assertThatThrownBy(() -> scoring.score(List.of("a"), List.of(response("stranger", "x", 3, 3, 3, 3)), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stranger");
  }

  @Test
  @DisplayName("Any health model is scored the same way: a fifth dimension counts as much as the others")
  void fifthDimension() {
    // given a model with a fifth dimension of two statements
    List<Dimension> dimensions = new java.util.ArrayList<>(MODEL.dimensions());
    dimensions.add(new Dimension("valueForMoney", "Value for money",
        List.of(new Statement("valueShared", "..."), new Statement("valueMeasured", "...")), null));
    HealthModel five = new HealthModel(dimensions);
    Map<String, Integer> answers = new HashMap<>(response("a", "x", 5, 5, 5, 5).answers());
    answers.put("valueShared", 1);
    answers.put("valueMeasured", 1);

    // when
    Result result = HealthScoring.equallyWeighted(five).score(List.of("a"), List.of(new Response("a", "x", answers)), null);

    // then
    assertThat(result.alliance()).containsEntry("valueForMoney", 0.0).hasSize(5);
    assertThat(result.overallScore()).isEqualTo(80.0);
    assertThat(result.lowestDimensionScore()).isEqualTo(0.0);
  }

  @Test
  @DisplayName("Scores are rounded to one decimal, the response rate to three")
  void rounding() {
    Result result = scoring.score(List.of("a", "b", "c"), List.of(response("a", "x", 4, 4, 4, 4),
        responseWith("b", Map.of("trustCommitmentsHonoured", 5, "trustGoalsAligned", 4, "trustFairDealing", 4))), null);
    assertThat(result.score("trust")).isEqualTo(79.2); // (75 + 83.33) / 2
    assertThat(result.responseRate()).isEqualTo(0.667);
  }

  static Response response(String partner, String respondent, int trust, int decisionMaking, int management, int flexibility) {
    Map<String, Integer> byDimension = Map.of("trust", trust, "decisionMaking", decisionMaking,
        "managementCapability", management, "flexibility", flexibility);
    Map<String, Integer> answers = new HashMap<>();
    for (Dimension dimension : MODEL.dimensions()) {
      dimension.statementKeys().forEach(item -> answers.put(item, byDimension.get(dimension.key())));
    }
    return new Response(partner, respondent, answers);
  }

  static Response responseWith(String partner, Map<String, Integer> answers) {
    return new Response(partner, partner + "-respondent", answers);
  }
}
