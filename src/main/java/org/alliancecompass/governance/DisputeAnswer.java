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
 * A partner's chief executive answers for the organisation at the second step of the dispute
 * ladder, with why; on record. Complete listener of {@code Task_ChiefExecutivesDecide} (one task per
 * partner) in {@code partner-decision}.
 */
@Component("disputeAnswer")
class DisputeAnswer implements TaskListener {

  private final PartnerDecisionRepository decisions;
  private final DecisionRegister register;
  private final PartnerRegistry registry;

  DisputeAnswer(PartnerDecisionRepository decisions, DecisionRegister register, PartnerRegistry registry) {
    this.decisions = decisions;
    this.register = register;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String partner = PartnerTasks.PARTNER.from(task).get();
    String answer = form.text(PartnerDecisionProcess.CHIEF_EXECUTIVE_ANSWER);
    String rationale = form.text(PartnerDecisionProcess.CHIEF_EXECUTIVE_RATIONALE);
    decisions.saveChiefExecutiveAnswer(DECISION_ID.from(task).get(), partner, answer, rationale, form.user());
    register.record(form, DecisionStage.GOVERNANCE,
        DecisionTopic.valueOf(DECISION_TOPIC.from(task).get()).title() + ": chief executive's answer", answer,
        registry.nameOf(partner), rationale);
  }
}
