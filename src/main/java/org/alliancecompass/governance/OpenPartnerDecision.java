package org.alliancecompass.governance;

import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_ID;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_REASON;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_REQUESTED_BY;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_REQUIREMENT;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_SUBJECT;
import static org.alliancecompass.governance.PartnerDecisionProcess.DECISION_TOPIC;
import static org.alliancecompass.governance.PartnerDecisionProcess.VOTE_DEADLINE;
import static org.alliancecompass.governance.PartnerDecisionProcess.VOTE_DEADLINE_TEXT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.agreement.DecisionRule;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.PartnerTasks;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens a decision of the partners: who votes (the partners now in the alliance), by which rule
 * (the agreement's), on which options, by when; the request goes on record. Used by
 * {@code Task_OpenDecision} in {@code partner-decision}.
 */
@Component("openPartnerDecision")
class OpenPartnerDecision implements JavaDelegate {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final PartnerDecisionRepository decisions;
  private final Alliances alliances;
  private final Agreements agreements;
  private final DecisionRegister register;
  private final GovernanceSettings settings;

  OpenPartnerDecision(PartnerDecisionRepository decisions, Alliances alliances, Agreements agreements,
      DecisionRegister register, GovernanceSettings settings) {
    this.decisions = decisions;
    this.alliances = alliances;
    this.agreements = agreements;
    this.register = register;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    DecisionTopic topic = DecisionTopic.valueOf(DECISION_TOPIC.from(execution).get());
    List<String> voters = alliances.currentPartnerIds(reference);
    DecisionRule rule = agreements.decisionRule(reference);
    Instant now = Instant.now();
    Instant deadline = now.atOffset(ZoneOffset.UTC).plus(settings.votePeriod()).toInstant();
    String requestedBy = DECISION_REQUESTED_BY.from(execution).getOrDefault("An administrator");
    String reason = DECISION_REASON.from(execution).getOrDefault("No reason was given");

    long id = decisions.open(new PartnerDecision(null, reference, topic, topic.question(), reason, requestedBy, null,
        rule.name(), voters.size(), execution.getProcessInstanceId(), null, PartnerDecisionRepository.utc(deadline),
        null, null, null));
    DECISION_ID.on(execution).set(id);
    DECISION_SUBJECT.on(execution).set(topic.question());
    execution.setVariable(PartnerDecisionProcess.DECISION_OPTIONS, FormJson.of(topic.formOptions()));
    DECISION_REQUIREMENT.on(execution).set(rule == DecisionRule.UNANIMOUS ? "the votes of all" : "the votes of two thirds");
    DECISION_REQUESTED_BY.on(execution).set(requestedBy);
    DECISION_REASON.on(execution).set(reason);
    PartnerTasks.PARTNER_GROUPS.on(execution).set(voters);
    VOTE_DEADLINE.on(execution).set(Date.from(deadline));
    VOTE_DEADLINE_TEXT.on(execution).set(DAY.format(deadline.atZone(ZoneOffset.UTC)));
    register.record(execution, DecisionStage.GOVERNANCE, topic.title() + ": put to the partners", "PUT_TO_PARTNERS",
        requestedBy, null, reason + " (" + rule.requirement() + ", " + voters.size() + " partners, votes due "
            + DAY.format(deadline.atZone(ZoneOffset.UTC)) + ")");
  }
}
