package org.alliancecompass.agreement;

/**
 * How the partners of an alliance decide together, as their agreement says. The evidence base
 * asks for "unanimity and participatory processes": unanimous unless the partners agree otherwise.
 */
public enum DecisionRule {
  /** Every partner for the same option. */
  UNANIMOUS,
  /** At least two thirds of all partners for the same option. */
  QUALIFIED_MAJORITY;

  public static final DecisionRule DEFAULT = UNANIMOUS;

  /** How many of this many partners must vote for an option to carry it. */
  public long votesNeeded(int partners) {
    return this == UNANIMOUS ? partners : (long) Math.ceil(partners * 2.0 / 3.0);
  }

  /** In words, for the decision register: "unanimity required". */
  public String requirement() {
    return this == UNANIMOUS ? "unanimity required" : "two-thirds required";
  }
}
