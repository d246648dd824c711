package org.alliancecompass.governance;

import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_ID;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_TOPIC;

import org.alliancecompass.alliance.PartnerTasks;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * One partner organisation's vote on a decision, with its reason, on record. Complete listener of
 * {@code Task_CastDecisionVote} (one task per partner) in {@code partner-decision}.
 */
@Component("partnerDecisionVote")
class PartnerDecisionVote implements TaskListener {

  private final PartnerDecisionRepository decisions;
  private final DecisionRegister register;
  private final PartnerRegistry registry;

  PartnerDecisionVote(PartnerDecisionRepository decisions, DecisionRegister register, PartnerRegistry registry) {
    this.decisions = decisions;
    this.register = register;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String partner = PartnerTasks.PARTNER.from(task).get();
    String vote = form.text(PartnerDecisionProcess.VOTE);
    String rationale = form.text(PartnerDecisionProcess.VOTE_RATIONALE);
    decisions.saveVote(DECISION_ID.from(task).get(), partner, vote, rationale, form.user());
    register.record(form, DecisionStage.GOVERNANCE,
        DecisionTopic.valueOf(DECISION_TOPIC.from(task).get()).title() + ": vote", vote, registry.nameOf(partner),
        rationale);
  }
}
