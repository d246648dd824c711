package org.alliancecompass.review;

/** On what a review's decision rests. */
public enum DecisionBasis {
  /** The gate outcome alone: no vote was needed. */
  GATE,
  /** Every partner voted for it. */
  UNANIMOUS_VOTE,
  /** Two thirds of the partners voted for it, as the agreement allows. */
  MAJORITY_VOTE,
  /** The partners deadlocked and the leadership team made the final call. */
  BOARD_FINAL_CALL,
  /** The leadership team made no final call in time; every partner's chief executive gave the same answer. */
  CHIEF_EXECUTIVES,
  /** The chief executives did not agree; an independent facilitator's recommendation decided. */
  FACILITATOR_RECOMMENDATION
}
