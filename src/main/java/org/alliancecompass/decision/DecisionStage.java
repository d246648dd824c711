package org.alliancecompass.decision;

/** Where in an alliance's life a decision is taken. */
public enum DecisionStage {
  SELECTION, AGREEMENT, REVIEW, GOVERNANCE, MEMBERSHIP, DISSOLUTION
}
