package org.alliancecompass.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.alliancecompass.agreement.DecisionRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VoteTallyTest {

  static final String CONTINUE = "CONTINUE";
  static final String RENEGOTIATE = "RENEGOTIATE";
  static final String DISSOLVE = "DISSOLVE";
  static final List<String> OPTIONS = List.of(CONTINUE, RENEGOTIATE, DISSOLVE);
  static final List<String> THREE = List.of("a", "b", "c");

  @Test
  @DisplayName("Unanimity: every partner votes the same way")
  void unanimous() {
    var result = VoteTally.tally(DecisionRule.UNANIMOUS, THREE, Map.of("a", DISSOLVE, "b", DISSOLVE, "c", DISSOLVE), OPTIONS);
    assertThat(result.decision()).contains(DISSOLVE);
    assertThat(result.summary()).isEqualTo("3 DISSOLVE");
  }

  @Test
  @DisplayName("One dissenting or missing vote is a deadlock under unanimity")
  void deadlock() {
    assertThat(VoteTally.tally(DecisionRule.UNANIMOUS, THREE, Map.of("a", DISSOLVE, "b", DISSOLVE, "c", CONTINUE), OPTIONS).deadlock()).isTrue();
    var missing = VoteTally.tally(DecisionRule.UNANIMOUS, THREE, Map.of("a", DISSOLVE, "b", DISSOLVE), OPTIONS);
    assertThat(missing.deadlock()).isTrue();
    assertThat(missing.missing()).isEqualTo(1);
    assertThat(missing.summary()).isEqualTo("2 DISSOLVE, 1 not cast");
    assertThat(VoteTally.tally(DecisionRule.UNANIMOUS, THREE, Map.of(), OPTIONS).summary()).isEqualTo("no votes, 3 not cast");
  }

  @Test
  @DisplayName("Two-thirds of all partners carry a decision; of three, two suffice; of four, three")
  void qualifiedMajority() {
    assertThat(VoteTally.tally(DecisionRule.QUALIFIED_MAJORITY, THREE, Map.of("a", RENEGOTIATE, "b", RENEGOTIATE, "c", CONTINUE), OPTIONS)
        .decision()).contains(RENEGOTIATE);
    List<String> four = List.of("a", "b", "c", "d");
    assertThat(VoteTally.tally(DecisionRule.QUALIFIED_MAJORITY, four, Map.of("a", DISSOLVE, "b", DISSOLVE, "c", CONTINUE,
        "d", CONTINUE), OPTIONS).deadlock()).isTrue();
    assertThat(VoteTally.tally(DecisionRule.QUALIFIED_MAJORITY, four, Map.of("a", DISSOLVE, "b", DISSOLVE, "c", DISSOLVE), OPTIONS)
        .decision()).contains(DISSOLVE);
  }

  @Test
  @DisplayName("Each option is counted in the order offered; a vote for no option of the decision is refused")
  void options() {
    var result = VoteTally.tally(DecisionRule.UNANIMOUS, THREE, Map.of("a", DISSOLVE, "b", CONTINUE), OPTIONS);
    assertThat(result.counts()).containsExactly(java.util.Map.entry(CONTINUE, 1L), java.util.Map.entry(RENEGOTIATE, 0L),
        java.util.Map.entry(DISSOLVE, 1L));
    assertThatThrownBy(() -> VoteTally.tally(DecisionRule.UNANIMOUS, THREE, Map.of("a", "MERGE"), OPTIONS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MERGE");
  }

  @Test
  @DisplayName("Only partners vote, and a vote needs partners")
  void invalid() {
    assertThatThrownBy(() -> VoteTally.tally(DecisionRule.UNANIMOUS, THREE, Map.of("x", CONTINUE), OPTIONS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VoteTally.tally(DecisionRule.UNANIMOUS, List.of(), Map.of(), OPTIONS)).isInstanceOf(IllegalArgumentException.class);
  }
}
