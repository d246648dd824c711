package org.alliancecompass.governance;

import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_CARRIED;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_ID;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_OUTCOME;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_TOPIC;
import static org.alliancecompass.governance.PartnerDecisionProcess.VOTE_SUMMARY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.agreement.DecisionRule;
import org.alliancecompass.alliance.PartnerTasks;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tallies the partners' votes by the rule the decision was opened with. A carried vote is the
 * decision; a deadlock goes on record and to the leadership team. Used by {@code Task_TallyDecision}
 * in {@code partner-decision}.
 */
@Component("tallyPartnerDecision")
class TallyPartnerDecision implements JavaDelegate {

  private final PartnerDecisionRepository decisions;
  private final DecisionRegister register;
  private final PartnerRegistry registry;

  TallyPartnerDecision(PartnerDecisionRepository decisions, DecisionRegister register, PartnerRegistry registry) {
    this.decisions = decisions;
    this.register = register;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = DECISION_ID.from(execution).get();
    PartnerDecision decision = decisions.find(id).orElseThrow();
    DecisionTopic topic = DecisionTopic.valueOf(DECISION_TOPIC.from(execution).get());
    DecisionRule rule = DecisionRule.valueOf(decision.decisionRule());
    List<PartnerDecisionRepository.Vote> cast = decisions.votes(id);
    Map<String, String> votes = new LinkedHashMap<>();
    cast.forEach(vote -> votes.put(vote.organisationId(), vote.vote()));
    VoteTally.Result result = VoteTally.tally(rule, PartnerTasks.PARTNER_GROUPS.from(execution).get(), votes,
        topic.optionValues());

    DECISION_CARRIED.on(execution).set(!result.deadlock());
    VOTE_SUMMARY.on(execution).set(result.summary());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PartnerDecisionRepository.Vote vote : cast) {
      rows.add(Map.of("organisation", registry.nameOf(vote.organisationId()), "vote", vote.vote(),
          "rationale", vote.rationale()));
    }
    execution.setVariable(PartnerDecisionProcess.VOTES, FormJson.of(rows));
    String subject = topic.title() + ": partners' decision (" + rule.requirement() + ")";
    if (result.deadlock()) {
      register.record(execution, DecisionStage.GOVERNANCE, subject, "DEADLOCK", null, "Partners", result.summary());
    } else {
      String outcome = result.decision().orElseThrow();
      String basis = rule == DecisionRule.UNANIMOUS ? PartnerDecisionProcess.BASIS_UNANIMOUS_VOTE
          : PartnerDecisionProcess.BASIS_MAJORITY_VOTE;
      DECISION_OUTCOME.on(execution).set(outcome);
      PartnerDecisionProcess.DECISION_BASIS.on(execution).set(basis);
      decisions.close(id, outcome, basis);
      register.record(execution, DecisionStage.GOVERNANCE, subject, outcome, null, "Partners", result.summary());
    }
  }
}
