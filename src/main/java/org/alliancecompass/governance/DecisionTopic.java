package org.alliancecompass.governance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the partners of an alliance may be asked to decide outside a review, with the options they
 * choose from; the first option is the one the request asks for.
 */
public enum DecisionTopic {

  DISSOLUTION("Dissolution", "Dissolve the alliance?", List.of(
      new Option("DISSOLVE", "Dissolve the alliance"),
      new Option("CONTINUE", "Continue the alliance"))),

  /** An organisation is proposed to join the alliance (an accession): the partners decide whether it does. */
  ACCESSION("Accession", "Should the organisation proposed join the alliance?", List.of(
      new Option("ADMIT", "Yes: it joins, on an agreement version every partner and it signs"),
      new Option("DECLINE", "No: the alliance goes on without it"))),

  /** A review found the alliance CRITICAL: the partners decide how it goes on (the review's decision). */
  WAY_FORWARD("Way forward", "The review found the alliance CRITICAL: how should it go on?", List.of(
      new Option("CONTINUE", "Continue the alliance, with an improvement plan"),
      new Option("RENEGOTIATE", "Renegotiate the alliance agreement"),
      new Option("DISSOLVE", "Dissolve the alliance")));

  /** One choice of a decision: its value, and what it says to the person voting. */
  public record Option(String value, String label) {
  }

  private final String title;
  private final String question;
  private final List<Option> options;

  DecisionTopic(String title, String question, List<Option> options) {
    this.title = title;
    this.question = question;
    this.options = List.copyOf(options);
  }

  /** What the decision register calls it: "Dissolution". */
  public String title() {
    return title;
  }

  public String question() {
    return question;
  }

  public List<Option> options() {
    return options;
  }

  public List<String> optionValues() {
    return options.stream().map(Option::value).toList();
  }

  /** The options as a form shows them ({@code valuesKey}): label and value. */
  List<Map<String, String>> formOptions() {
    return options.stream().map(o -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", o.label());
      option.put("value", o.value());
      return option;
    }).toList();
  }
}
