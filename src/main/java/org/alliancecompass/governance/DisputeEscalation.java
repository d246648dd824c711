package org.alliancecompass.governance;

import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_TOPIC;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A step of the dispute ladder passed without a decision, and the next one starts, on record: the
 * leadership team made no final call by its deadline (to the partners' chief executives), or the
 * chief executives did not agree (to an independent facilitator). Used by
 * {@code Task_ToChiefExecutives} and {@code Task_ToFacilitator} in {@code partner-decision}.
 */
@Component("disputeEscalation")
class DisputeEscalation implements JavaDelegate {

  private final DecisionRegister register;
  private final DisputeLadder ladder;

  DisputeEscalation(DecisionRegister register, DisputeLadder ladder) {
    this.register = register;
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DecisionTopic topic = DecisionTopic.valueOf(DECISION_TOPIC.from(execution).get());
    PartnerDecisionProcess.STEP_DEADLINE_TEXT.on(execution).set(ladder.deadlineText());
    boolean toChiefExecutives = PartnerDecisionProcess.TASK_TO_CHIEF_EXECUTIVES.equals(execution.getCurrentActivityId());
    register.record(execution, DecisionStage.GOVERNANCE, topic.title() + (toChiefExecutives
            ? ": to the partners' chief executives" : ": to an independent facilitator"), "ESCALATED", null,
        toChiefExecutives ? "Alliance leadership team" : "Chief executives", (toChiefExecutives
            ? "The leadership team made no final call by its deadline; each partner's chief executive answers by "
            : "The chief executives did not agree; an independent facilitator recommends by ")
            + ladder.deadlineText());
  }
}
