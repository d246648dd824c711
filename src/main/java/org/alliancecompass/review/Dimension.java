package org.alliancecompass.review;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four interrelated dimensions of successful alliancing (Hutchinson and Spalburg 2016), each
 * measured by three statements of the health assessment form ({@code forms/health-assessment.form})
 * answered 1 (strongly disagree) to 5 (strongly agree), 5 always the healthy end.
 */
public enum Dimension {

  TRUST("trust", "Trust and loyalty", "trustScore",
      List.of("trustCommitmentsHonoured", "trustGoalsAligned", "trustFairDealing")),
  DECISION_MAKING("decisionMaking", "Decision-making", "decisionMakingScore",
      List.of("decisionsJoint", "decisionsGoverned", "decisionsTimely")),
  MANAGEMENT_CAPABILITY("managementCapability", "Management capability", "managementCapabilityScore",
      List.of("managementCoordinated", "managementSharing", "managementRelationships")),
  FLEXIBILITY("flexibility", "Flexibility and dynamism", "flexibilityScore",
      List.of("flexibilityAdapts", "flexibilityAmbiguity", "flexibilityProactive"));

  private final String key;
  private final String label;
  private final String scoreVariable;
  private final List<String> items;

  Dimension(String key, String label, String scoreVariable, List<String> items) {
    this.key = key;
    this.label = label;
    this.scoreVariable = scoreVariable;
    this.items = items;
  }

  /** The key used in forms, tables and the API: {@code trust}, {@code decisionMaking}, ... */
  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The result variable of {@code alliance-review} holding the alliance's score (contract). */
  public String scoreVariable() {
    return scoreVariable;
  }

  /** The form keys of the dimension's three statements. */
  public List<String> items() {
    return items;
  }

  /** The form key of the dimension's optional comment. */
  public String commentKey() {
    return key + "Comment";
  }

  public static Optional<Dimension> ofKey(String key) {
    return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
  }

  public static List<String> allItems() {
    return Arrays.stream(values()).flatMap(d -> d.items.stream()).toList();
  }
}
