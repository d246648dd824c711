package org.alliancecompass.governance;

import static org.alliancecompass.support.ProcessScenario.BOARD_MEMBER;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.identity.Groups;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.alliancecompass.taskform.ConflictingRequest;
import org.alliancecompass.work.ChasingPolicy;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dissolution is decided, not declared: a request is put to the partners ({@code partner-decision}),
 * one vote per partner organisation by the agreement's rule, the leadership team's final call on
 * deadlock; only a carried decision dissolves the alliance.
 */
@ProcessTest
class PartnerDecisionProcessTest {

  static final String[] PARTNERS = {"north", "city", "care"};

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired RuntimeService runtime;
  @Autowired Alliances alliances;
  @Autowired DecisionRegister decisions;
  @Autowired PartnerDecisions partnerDecisions;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @Test
  @DisplayName("Carried unanimously: every partner votes to dissolve, and the alliance goes to dissolution")
  void carriedUnanimously() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();

    // when
    request(reference, "The service is being recommissioned");
    vote(reference, Map.of("north", "DISSOLVE", "city", "DISSOLVE", "care", "DISSOLVE"));

    // then
    assertThat(lifecycle).hasPassed(LifecycleProcess.CALL_DISSOLUTION_DECISION, "Event_DissolveDecided")
        .isWaitingAt(LifecycleProcess.CALL_DISSOLUTION);
    assertThat(alliances.find(reference).orElseThrow().status()).isEqualTo(AllianceStatus.DISSOLVING);
    assertThat(decisions.ofAlliance(reference)).extracting(Decision::decision)
        .containsSubsequence("REQUEST", "PUT_TO_PARTNERS", "DISSOLVE", "DISSOLVE", "DISSOLVE", "DISSOLVE");
    assertThat(decisions.ofAlliance(reference)).filteredOn(d -> d.subject().startsWith("Dissolution: partners"))
        .singleElement().satisfies(d -> assertThat(d.rationale()).isEqualTo("3 DISSOLVE"));
    assertThat(partnerDecisions.ofAlliance(reference)).singleElement().satisfies(d -> {
      assertThat(d.outcome()).isEqualTo("DISSOLVE");
      assertThat(d.decisionBasis()).isEqualTo("UNANIMOUS_VOTE");
      assertThat(d.reason()).isEqualTo("The service is being recommissioned");
    });
  }

  @Test
  @DisplayName("Refused: the partners vote to continue; the refusal is on record and the alliance goes on")
  void refused() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();

    // when
    request(reference, "Too slow");
    vote(reference, Map.of("north", "CONTINUE", "city", "CONTINUE", "care", "CONTINUE"));

    // then
    assertThat(lifecycle).hasPassed("Event_DissolutionRefused").hasNotPassed("Event_DissolveDecided")
        .isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(alliances.find(reference).orElseThrow().status()).isEqualTo(AllianceStatus.ACTIVE);
    assertThat(partnerDecisions.ofAlliance(reference)).singleElement()
        .satisfies(d -> assertThat(d.outcome()).isEqualTo("CONTINUE"));
    assertThat(partnerDecisions.pending(reference, DecisionTopic.DISSOLUTION)).isFalse();
  }

  @Test
  @DisplayName("Deadlock: one partner dissents under unanimity, and the leadership team's final call decides")
  void deadlockFinalCall() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    request(reference, "Budgets cut");

    // when two vote to dissolve, one to continue
    vote(reference, Map.of("north", "DISSOLVE", "city", "DISSOLVE", "care", "CONTINUE"));

    // then the leadership team decides, seeing the votes
    ProcessInstance decision = decision(reference);
    assertThat(decision).isWaitingAt(PartnerDecisionProcess.TASK_FINAL_CALL).variables()
        .containsEntry("voteSummary", "2 DISSOLVE, 1 CONTINUE");
    assertThat(lifecycle).isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE);

    // when it decides to continue
    scenario.complete(reference, PartnerDecisionProcess.TASK_FINAL_CALL, BOARD_MEMBER,
        values("finalDecision", "CONTINUE", "finalDecisionRationale", "Give the new budget a year"));

    // then
    assertThat(lifecycle).hasPassed("Event_DissolutionRefused").isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(decisions.ofAlliance(reference)).extracting(Decision::decision).containsSubsequence("DEADLOCK", "CONTINUE");
    assertThat(partnerDecisions.ofAlliance(reference)).singleElement()
        .satisfies(d -> assertThat(d.decisionBasis()).isEqualTo("BOARD_FINAL_CALL"));
  }

  @Test
  @DisplayName("By two-thirds where the agreement says so: two of three partners carry the dissolution")
  void twoThirds() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("QUALIFIED_MAJORITY", PARTNERS);
    String reference = lifecycle.getBusinessKey();

    // when
    request(reference, "Objectives met; the alliance has done its work");
    vote(reference, Map.of("north", "DISSOLVE", "city", "DISSOLVE", "care", "CONTINUE"));

    // then
    assertThat(lifecycle).hasPassed("Event_DissolveDecided").isWaitingAt(LifecycleProcess.CALL_DISSOLUTION);
    assertThat(partnerDecisions.ofAlliance(reference)).singleElement()
        .satisfies(d -> assertThat(d.decisionBasis()).isEqualTo("MAJORITY_VOTE"));
  }

  @Test
  @DisplayName("Votes not cast by the deadline count against; the leadership team decides, reminded partners first")
  void deadlinePasses() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    request(reference, "No news for a year");
    ProcessInstance decision = decision(reference);
    vote(reference, Map.of("north", "DISSOLVE"));

    // when half way the partners are reminded, and then the deadline passes
    scenario.fireTimeout(reference, PartnerDecisionProcess.TASK_VOTE, ChasingPolicy.REMINDER);
    assertThat(scenario.tasks(reference, PartnerDecisionProcess.TASK_VOTE)).allSatisfy(task ->
        assertThat(task.getPriority()).isGreaterThan(50));
    scenario.fireTimer(reference, PartnerDecisionProcess.EVENT_VOTE_DEADLINE);

    // then
    assertThat(decision).isWaitingAt(PartnerDecisionProcess.TASK_FINAL_CALL).variables()
        .containsEntry("voteSummary", "1 DISSOLVE, 2 not cast");
    scenario.complete(reference, PartnerDecisionProcess.TASK_FINAL_CALL, BOARD_MEMBER,
        values("finalDecision", "DISSOLVE", "finalDecisionRationale", "Silence says enough"));
    assertThat(lifecycle).hasPassed("Event_DissolveDecided").isWaitingAt(LifecycleProcess.CALL_DISSOLUTION);
  }

  @Test
  @DisplayName("One dissolution decision at a time: a second request while the partners decide is refused")
  void oneAtATime() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    request(reference, "First");

    // when, then
    assertThatThrownBy(() -> request(reference, "Second")).isInstanceOf(ConflictingRequest.class)
        .hasMessageContaining("deciding on a request to dissolve");
    assertThat(scenario.tasks(reference, PartnerDecisionProcess.TASK_VOTE)).hasSize(3);
    assertThat(partnerDecisions.ofAlliance(reference)).hasSize(1);
  }

  @Test
  @DisplayName("A vote for no option of the decision is refused by the form, naming the field; the task stays open")
  void voteOutsideTheOptions() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    request(reference, "Test");

    // when, then
    assertThatThrownBy(() -> vote(reference, Map.of("north", "MERGE"))).hasMessageContaining("vote")
        .hasMessageContaining("not one of the options");
    assertThat(scenario.tasks(reference, PartnerDecisionProcess.TASK_VOTE)).hasSize(3);
  }

  @Test
  @DisplayName("Dispute ladder: the leadership team makes no final call by its deadline, so each partner's chief "
      + "executive answers; all the same, their answer decides")
  void chiefExecutivesDecide() {
    // given a deadlock, and the leadership team's deadline two weeks off
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    request(reference, "Budgets cut");
    vote(reference, Map.of("north", "DISSOLVE", "city", "DISSOLVE", "care", "CONTINUE"));
    Task finalCall = scenario.task(reference, PartnerDecisionProcess.TASK_FINAL_CALL);
    assertThat(finalCall.getDueDate()).isCloseTo(inDays(14), Duration.ofMinutes(2).toMillis());
    assertThat(engine.getTaskService().getVariable(finalCall.getId(), "disputeStepDeadlineText").toString())
        .isNotBlank();

    // when the deadline passes
    scenario.fireTimer(reference, PartnerDecisionProcess.EVENT_FINAL_CALL_DEADLINE);

    // then each partner's chief executive is asked, by the next deadline
    assertThat(scenario.tasks(reference, PartnerDecisionProcess.TASK_FINAL_CALL)).isEmpty();
    List<Task> asked = scenario.tasks(reference, PartnerDecisionProcess.TASK_CHIEF_EXECUTIVES);
    assertThat(asked).extracting(scenario::partnerOf).containsExactlyInAnyOrder(PARTNERS);
    assertThat(asked).allSatisfy(task -> assertThat(task.getDueDate()).isCloseTo(inDays(14),
        Duration.ofMinutes(2).toMillis()));

    // when all three answer to continue
    scenario.eachPartner(reference, PartnerDecisionProcess.TASK_CHIEF_EXECUTIVES, partner -> values(
        PartnerDecisionProcess.CHIEF_EXECUTIVE_ANSWER, "CONTINUE", PartnerDecisionProcess.CHIEF_EXECUTIVE_RATIONALE,
        "One more year on the new budget"));

    // then their answer decides, and the alliance goes on
    assertThat(lifecycle).hasPassed("Event_DissolutionRefused").isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(partnerDecisions.ofAlliance(reference)).singleElement().satisfies(d -> {
      assertThat(d.outcome()).isEqualTo("CONTINUE");
      assertThat(d.decisionBasis()).isEqualTo(PartnerDecisionProcess.BASIS_CHIEF_EXECUTIVES);
    });
    assertThat(decisions.ofAlliance(reference)).extracting(d -> d.subject() + ": " + d.decision()).containsSubsequence(
        "Dissolution: partners' decision (unanimity required): DEADLOCK", "Dissolution: to the partners' chief executives: ESCALATED",
        "Dissolution: chief executive's answer: CONTINUE", "Dissolution: the chief executives' decision: CONTINUE");
  }

  @Test
  @DisplayName("Dispute ladder: the chief executives do not agree, so an independent facilitator recommends, and the "
      + "recommendation decides")
  void facilitatorRecommends() {
    // given a deadlock the leadership team did not settle in time
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    request(reference, "Budgets cut");
    vote(reference, Map.of("north", "DISSOLVE", "city", "DISSOLVE", "care", "CONTINUE"));
    scenario.fireTimer(reference, PartnerDecisionProcess.EVENT_FINAL_CALL_DEADLINE);

    // when two chief executives answer differently, and the third not by the deadline
    List<Task> asked = scenario.tasks(reference, PartnerDecisionProcess.TASK_CHIEF_EXECUTIVES);
    for (Task task : asked.subList(0, 2)) {
      String partner = scenario.partnerOf(task);
      scenario.submit(task, ProcessScenario.representative(partner), values(PartnerDecisionProcess.CHIEF_EXECUTIVE_ANSWER,
          partner.equals("care") ? "CONTINUE" : "DISSOLVE", PartnerDecisionProcess.CHIEF_EXECUTIVE_RATIONALE, "Our view"));
    }
    scenario.executeJobs();
    scenario.fireTimer(reference, PartnerDecisionProcess.EVENT_CHIEF_EXECUTIVES_DEADLINE);

    // then an independent facilitator is asked, seeing the answers
    Task recommend = scenario.task(reference, PartnerDecisionProcess.TASK_FACILITATOR);
    assertThat(engine.getTaskService().getIdentityLinksForTask(recommend.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Groups.FACILITATORS));
    assertThat(org.alliancecompass.taskform.PlainValues.plain(engine.getTaskService().getVariable(recommend.getId(),
        PartnerDecisionProcess.CHIEF_EXECUTIVE_ANSWERS))).asList().hasSize(2);

    // when the facilitator recommends dissolving
    scenario.complete(reference, PartnerDecisionProcess.TASK_FACILITATOR, ProcessScenario.FACILITATOR, values(
        PartnerDecisionProcess.RECOMMENDATION, "DISSOLVE", PartnerDecisionProcess.RECOMMENDATION_RATIONALE,
        "Without the budget the pathway cannot be kept safe"));

    // then the alliance goes to dissolution, on the facilitator's recommendation
    assertThat(lifecycle).hasPassed("Event_DissolveDecided").isWaitingAt(LifecycleProcess.CALL_DISSOLUTION);
    assertThat(partnerDecisions.ofAlliance(reference)).singleElement().satisfies(d -> {
      assertThat(d.outcome()).isEqualTo("DISSOLVE");
      assertThat(d.decisionBasis()).isEqualTo(PartnerDecisionProcess.BASIS_FACILITATOR);
    });
    assertThat(decisions.ofAlliance(reference)).extracting(d -> d.subject() + ": " + d.decision()).containsSubsequence(
        "Dissolution: the chief executives' decision: NO_AGREEMENT", "Dissolution: to an independent facilitator: ESCALATED",
        "Dissolution: independent facilitator's recommendation: DISSOLVE");
  }

  private static java.util.Date inDays(int days) {
    return java.util.Date.from(java.time.Instant.now().plus(Duration.ofDays(days)));
  }

  private void request(String reference, String reason) {
    runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_DISSOLUTION).processInstanceBusinessKey(reference)
        .setVariable("dissolutionReason", reason).setVariable("dissolutionRequestedBy", "Mia Patel for the managers")
        .correlate();
  }

  private void vote(String reference, Map<String, String> votes) {
    scenario.tasks(reference, PartnerDecisionProcess.TASK_VOTE).stream()
        .filter(task -> votes.containsKey(scenario.partnerOf(task)))
        .forEach(task -> scenario.submit(task, ProcessScenario.representative(scenario.partnerOf(task)),
            values("vote", votes.get(scenario.partnerOf(task)), "voteRationale", "Our board's view")));
    scenario.executeJobs();
  }

  private ProcessInstance decision(String reference) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PartnerDecisionProcess.KEY)
        .processInstanceBusinessKey(reference).singleResult();
  }

}
