package org.alliancecompass.governance;

import java.util.List;

import org.alliancecompass.alliance.AllianceDissolutionStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The governance module's API: the decisions an alliance's partners were asked to take, and
 * whether one is open. Decisions still open when the alliance goes to dissolution end with it.
 */
@Component
public class PartnerDecisions {

  private final PartnerDecisionRepository decisions;

  PartnerDecisions(PartnerDecisionRepository decisions) {
    this.decisions = decisions;
  }

  public List<PartnerDecision> ofAlliance(String reference) {
    return decisions.ofAlliance(reference);
  }

  /** Whether the partners are deciding this now. */
  public boolean pending(String reference, DecisionTopic topic) {
    return !decisions.open(reference, topic).isEmpty();
  }

  @EventListener
  void on(AllianceDissolutionStarted event) {
    decisions.closeOpen(event.reference(), "OVERTAKEN_BY_DISSOLUTION");
  }
}
