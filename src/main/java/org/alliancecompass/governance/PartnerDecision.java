package org.alliancecompass.governance;

import java.time.OffsetDateTime;

/**
 * A decision the partners of an alliance were asked to take outside a review.
 *
 * @param requestedFor the body or organisation the request was made for ("Alliance manager", a partner)
 * @param outcome the option decided, or null while the decision is open
 * @param decisionBasis on what the outcome rests: the partners' vote, or the leadership team's final call
 */
public record PartnerDecision(
    Long id,
    String allianceReference,
    DecisionTopic topic,
    String subject,
    String reason,
    String requestedBy,
    String requestedFor,
    String decisionRule,
    int partnersAsked,
    String processInstanceId,
    OffsetDateTime openedAt,
    OffsetDateTime voteDeadline,
    OffsetDateTime closedAt,
    String outcome,
    String decisionBasis) {

  public boolean open() {
    return closedAt == null;
  }
}
