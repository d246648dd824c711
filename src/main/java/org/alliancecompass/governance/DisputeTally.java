package org.alliancecompass.governance;

import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_CARRIED;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_ID;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_OUTCOME;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_TOPIC;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliancecompass.alliance.PartnerTasks;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The chief executives' answers: when every partner's chief executive gave the same one, it is the
 * decision; otherwise (or when some did not answer by the deadline) the dispute goes to an
 * independent facilitator, who sees the answers. Used by {@code Task_TallyChiefExecutives} in
 * {@code partner-decision}.
 */
@Component("disputeTally")
class DisputeTally implements JavaDelegate {

  private final PartnerDecisionRepository decisions;
  private final DecisionRegister register;
  private final PartnerRegistry registry;

  DisputeTally(PartnerDecisionRepository decisions, DecisionRegister register, PartnerRegistry registry) {
    this.decisions = decisions;
    this.register = register;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = DECISION_ID.from(execution).get();
    DecisionTopic topic = DecisionTopic.valueOf(DECISION_TOPIC.from(execution).get());
    List<String> partners = PartnerTasks.PARTNER_GROUPS.from(execution).get();
    List<PartnerDecisionRepository.Vote> answers = decisions.chiefExecutiveAnswers(id);
    Set<String> given = answers.stream().map(PartnerDecisionRepository.Vote::vote).collect(Collectors.toSet());
    boolean everyone = answers.stream().map(PartnerDecisionRepository.Vote::organisationId).collect(Collectors.toSet())
        .containsAll(partners);
    boolean agreed = everyone && given.size() == 1;

    List<Map<String, Object>> rows = new ArrayList<>();
    answers.forEach(a -> rows.add(Map.of("organisation", registry.nameOf(a.organisationId()), "vote", a.vote(),
        "rationale", a.rationale())));
    execution.setVariable(PartnerDecisionProcess.CHIEF_EXECUTIVE_ANSWERS, FormJson.of(rows));
    DECISION_CARRIED.on(execution).set(agreed);
    String summary = answers.size() + " of " + partners.size() + " chief executives answered: "
        + answers.stream().map(a -> registry.nameOf(a.organisationId()) + " " + a.vote())
            .collect(Collectors.joining(", "));
    if (agreed) {
      String outcome = given.iterator().next();
      DECISION_OUTCOME.on(execution).set(outcome);
      PartnerDecisionProcess.DECISION_BASIS.on(execution).set(PartnerDecisionProcess.BASIS_CHIEF_EXECUTIVES);
      decisions.close(id, outcome, PartnerDecisionProcess.BASIS_CHIEF_EXECUTIVES);
      register.record(execution, DecisionStage.GOVERNANCE, topic.title() + ": the chief executives' decision",
          outcome, null, "Chief executives", summary);
    } else {
      register.record(execution, DecisionStage.GOVERNANCE, topic.title() + ": the chief executives' decision",
          "NO_AGREEMENT", null, "Chief executives", summary);
    }
  }
}
