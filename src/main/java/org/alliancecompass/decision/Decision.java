package org.alliancecompass.decision;

import java.time.OffsetDateTime;

import org.alliancecompass.identity.Reader;

/**
 * One entry of the decision register: who decided what, when and why.
 *
 * @param stage where in the lifecycle
 * @param subject what was decided on, e.g. "Agreement version 2: signature"
 * @param decision the decision, e.g. APPROVE, SIGN, DISSOLVE
 * @param decidedBy the user who decided, or the rule that did (e.g. the review gate DMN)
 * @param onBehalfOf the organisation or body the user decided for
 * @param confidentialTo the one organisation, beside the alliance's staff, that may read the
 *     decision (what an organisation decided about itself, e.g. a candidate's willingness to join);
 *     none when everyone of the alliance may
 */
public record Decision(
    Long id,
    String allianceReference,
    DecisionStage stage,
    String subject,
    String decision,
    String decidedBy,
    String onBehalfOf,
    String rationale,
    OffsetDateTime decidedAt,
    String processInstanceId,
    String taskId,
    String confidentialTo) {

  /** Whether the reader may read this decision. */
  public boolean readableBy(Reader reader) {
    return confidentialTo == null || reader.staff() || reader.represents(confidentialTo);
  }
}
