package org.alliancecompass.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What changed between two versions of an agreement")
class TermsChangeTest {

  private static Agreement version(int no, DecisionRule rule, String cycle, List<Agreement.Commitment> commitments) {
    return new Agreement((long) no, "ALL-2026-0001", no, AgreementStatus.APPROVED, "FORMAL", "HIGH", "Monthly board",
        rule, "Pro rata", "Fewer admissions", cycle, ReviewRhythm.FULL, "Six months' notice", null, "mia", null, null, null,
        commitments);
  }

  private static Agreement.Commitment commitment(String id, String name, String what, double share) {
    return new Agreement.Commitment(id, name, what, share);
  }

  @Test
  @DisplayName("lists each changed term with what it was and what it is, and nothing that stayed the same")
  void changedTermsOnly() {
    Agreement first = version(1, DecisionRule.UNANIMOUS, "P3M", List.of(
        commitment("north", "Northside", "Beds", 50), commitment("city", "City", "Care at home", 50)));
    Agreement second = version(2, DecisionRule.QUALIFIED_MAJORITY, "P6M", List.of(
        commitment("north", "Northside", "Beds", 60), commitment("city", "City", "Care at home", 40)));

    assertThat(TermsChange.between(first, second)).containsExactly(
        new TermsChange("Decision rule", "words", "UNANIMOUS", "QUALIFIED_MAJORITY"),
        new TermsChange("Review cycle", "cycle", "P3M", "P6M"),
        new TermsChange("Expected share of Northside", "share", "50", "60"),
        new TermsChange("Expected share of City", "share", "50", "40"));
    assertThat(TermsChange.between(first, first)).isEmpty();
  }

  @Test
  @DisplayName("a partner that joins or leaves shows as a commitment and a share with nothing on one side")
  void partnerJoinsAndLeaves() {
    Agreement before = version(1, DecisionRule.UNANIMOUS, "P3M", List.of(
        commitment("north", "Northside", "Beds", 50), commitment("gp", "GP Federation", "Clinics", 50)));
    Agreement after = version(2, DecisionRule.UNANIMOUS, "P3M", List.of(
        commitment("north", "Northside", "Beds", 50), commitment("city", "City", "Care at home", 50)));

    assertThat(TermsChange.between(before, after)).containsExactly(
        new TermsChange("Commitment of GP Federation", "text", "Clinics", null),
        new TermsChange("Expected share of GP Federation", "share", "50", null),
        new TermsChange("Commitment of City", "text", null, "Care at home"),
        new TermsChange("Expected share of City", "share", null, "50"));
  }

  @Test
  @DisplayName("each version after the first is compared with the one before it")
  void ofVersions() {
    Agreement first = version(1, DecisionRule.UNANIMOUS, "P3M", List.of());
    Agreement second = version(2, DecisionRule.UNANIMOUS, "P6M", List.of());
    Agreement third = version(3, DecisionRule.UNANIMOUS, "P6M", List.of());

    assertThat(TermsChange.ofVersions(List.of(first, second, third))).containsOnlyKeys(2, 3)
        .hasEntrySatisfying(2, changes -> assertThat(changes).extracting(TermsChange::term).containsExactly("Review cycle"))
        .hasEntrySatisfying(3, changes -> assertThat(changes).isEmpty());
  }
}
