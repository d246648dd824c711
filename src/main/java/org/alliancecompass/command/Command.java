package org.alliancecompass.command;

/** The product's commands on an alliance: what people ask of it outside a task. */
public enum Command {

  AD_HOC_REVIEW("ad-hoc-review", "Ask for an ad hoc review",
      "The partners assess the alliance's health now, outside the review cycle.", false),
  AGREEMENT_VARIATION("variation", "Propose a variation of the agreement",
      "You draft the changed terms in Tasklist from those in force; legal review when formal, every partner signs "
          + "and the leadership team approves before the new version is in force. Reviews go on meanwhile.", true),
  DISSOLUTION_REQUEST("dissolution-request", "Ask the partners to dissolve the alliance",
      "Each partner organisation votes by the agreement's decision rule; only a carried decision dissolves it.", true);

  private final String path;
  private final String label;
  private final String explanation;
  private final boolean reasonRequired;

  Command(String path, String label, String explanation, boolean reasonRequired) {
    this.path = path;
    this.label = label;
    this.explanation = explanation;
    this.reasonRequired = reasonRequired;
  }

  /** Whether the person must say why: for the partners who act on it and for the decision register. */
  public boolean reasonRequired() {
    return reasonRequired;
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
