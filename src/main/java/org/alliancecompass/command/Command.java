package org.alliancecompass.command;

/** The product's commands on an alliance: what people ask of it outside a task. */
public enum Command {

  AD_HOC_REVIEW("ad-hoc-review", "Ask for an ad hoc review",
      "The partners assess the alliance's health now, outside the review cycle.", false, null, false),
  AGREEMENT_VARIATION("variation", "Propose a variation of the agreement",
      "You draft the changed terms in Tasklist from those in force; legal review when formal, every partner signs "
          + "and the leadership team approves before the new version is in force. Reviews go on meanwhile.", true,
      null, false),
  PARTNER_ACCESSION("accession", "Propose an organisation to join",
      "It assesses its own fit in Tasklist; if it is willing, each partner organisation votes by the agreement's "
          + "decision rule. An admitted organisation signs, with every partner, an agreement version with its "
          + "commitment and re-balanced shares, and assesses from the next review.", true, "Organisation", true),
  PARTNER_EXIT("exit", "Start a partner's exit",
      "Its exit obligations (services and patients, data, assets, money) are agreed in Tasklist and it confirms them "
          + "settled; the partners who remain then sign an agreement version without it. An alliance left with "
          + "fewer than two partners is dissolved.", true, "Partner leaving", true),
  DISSOLUTION_REQUEST("dissolution-request", "Ask the partners to dissolve the alliance",
      "Each partner organisation votes by the agreement's decision rule; only a carried decision dissolves it.", true,
      "For", false);

  private final String path;
  private final String label;
  private final String explanation;
  private final boolean reasonRequired;
  private final String partnerLabel;
  private final boolean partnerRequired;

  Command(String path, String label, String explanation, boolean reasonRequired, String partnerLabel,
      boolean partnerRequired) {
    this.path = path;
    this.label = label;
    this.explanation = explanation;
    this.reasonRequired = reasonRequired;
    this.partnerLabel = partnerLabel;
    this.partnerRequired = partnerRequired;
  }

  /** Whether the person must say why: for the partners who act on it and for the decision register. */
  public boolean reasonRequired() {
    return reasonRequired;
  }

  /**
   * What the command's {@code partner} names, as the page labels its choice: the organisation to
   * join, the partner leaving, the partner a representative asks for; {@code null} when it names none.
   */
  public String partnerLabel() {
    return partnerLabel;
  }

  /**
   * Whether the command always names a partner organisation (an accession, an exit); a dissolution
   * request names one only from a representative of several.
   */
  public boolean partnerRequired() {
    return partnerRequired;
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
