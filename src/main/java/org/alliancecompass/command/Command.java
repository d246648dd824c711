package org.alliancecompass.command;

/** The product's commands on an alliance: what people ask of it outside a task. */
public enum Command {

  AD_HOC_REVIEW("ad-hoc-review", "Ask for an ad hoc review",
      "The partners assess the alliance's health now, outside the review cycle."),
  DISSOLUTION_REQUEST("dissolution-request", "Ask the partners to dissolve the alliance",
      "Each partner organisation votes by the agreement's decision rule; only a carried decision dissolves it.");

  private final String path;
  private final String label;
  private final String explanation;

  Command(String path, String label, String explanation) {
    this.path = path;
    this.label = label;
    this.explanation = explanation;
  }

  /** The last part of its URL: {@code /api/alliances/{reference}/ad-hoc-review}. */
  public String path() {
    return path;
  }

  public String label() {
    return label;
  }

  public String explanation() {
    return explanation;
  }
}
