package org.alliancecompass.alliance;

import static org.alliancecompass.support.ProcessScenario.BOARD_MEMBER;
import static org.alliancecompass.support.ProcessScenario.LAWYER;
import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.health;
import static org.alliancecompass.support.ProcessScenario.json;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.governance.PartnerDecisionProcess;
import org.alliancecompass.review.Review;
import org.alliancecompass.review.ReviewAlreadyRunning;
import org.alliancecompass.review.Reviews;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.alliancecompass.review.ReviewStatus;
import org.alliancecompass.support.FormValues;

@ProcessTest
class AllianceLifecycleProcessTest {

  static final List<String> PARTNERS = List.of("north-trust", "city-social-care", "care-collective");

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired RuntimeService runtime;
  @Autowired Alliances alliances;
  @Autowired DecisionRegister decisions;
  @Autowired Reviews reviews;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario.organisations(PARTNERS.toArray(String[]::new));
  }

  @Test
  @DisplayName("An alliance is proposed, selects its partners, agrees terms and waits for its first review")
  void proposedAllianceBecomesActive() {
    // when
    ProcessInstance lifecycle = proposeAndActivate("North City Frailty Alliance");

    // then
    String reference = lifecycle.getBusinessKey();
    assertThat(reference).matches("ALL-\\d{4}-\\d{4}");
    assertThat(lifecycle).isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.ACTIVE);
  }

  @Test
  @DisplayName("A CRITICAL review where the partners vote unanimously to dissolve leads to an orderly dissolution")
  void criticalReviewDissolves() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Dissolving Alliance");
    String reference = lifecycle.getBusinessKey();

    // when the review timer fires and every partner scores the alliance poorly
    scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE);
    answerReview(reference, health(1, 2, 1, 2), 10, "Nothing delivered");
    scenario.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "DISSOLVE", "voteRationale", "No way forward"));
    dissolve(reference);

    // then
    assertThat(lifecycle).isEnded().hasPassed("Call_ScheduledReview", "Event_DissolutionDecided",
        "Event_InForceDissolutionDecided", LifecycleProcess.CALL_DISSOLUTION)
        .hasNotPassed("Event_DissolveDecided").variables().containsEntry("gateOutcome", "CRITICAL")
        .containsEntry("reviewDecision", "DISSOLVE");
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.DISSOLVED);
  }

  @Test
  @DisplayName("After an AT_RISK review the next review comes after half a cycle; after a HEALTHY one, a full cycle")
  void atRiskReviewComesBackSooner() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Slipping Alliance");
    String reference = lifecycle.getBusinessKey();

    // when the first review is AT_RISK (overall 50) and the plan is agreed
    scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE);
    answerReview(reference, health(3, 3, 3, 3), 40, "Behind plan");
    scenario.complete(reference, "Task_AgreeImprovementPlan", MANAGER, values("improvementActions", json(List.of(
        action("trust", "Joint away day"), action("decisionMaking", "Fix the agenda"),
        action("managementCapability", "Shared dashboard"), action("flexibility", "Quarterly horizon scan")))));

    // then
    long halfCycle = dueInDays(lifecycle);
    assertThat(halfCycle).isBetween(44L, 47L);

    // and when the next review is HEALTHY
    scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE);
    answerReview(reference, health(5, 4, 4, 4), 60, "Catching up");

    // then
    assertThat(dueInDays(lifecycle)).isBetween(88L, 93L);
    assertThat(runtime.getVariable(lifecycle.getId(), "gateOutcome")).isEqualTo("HEALTHY");
  }

  @Test
  @DisplayName("A variation while the alliance is active is drafted from the terms in force, signed and approved: "
      + "version 2 is in force and the review timer runs on")
  void variation() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Varying Alliance");
    String reference = lifecycle.getBusinessKey();

    // when a variation is asked for, and the changed decision rule is signed and approved
    runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_VARIATION).processInstanceBusinessKey(reference)
        .setVariable(LifecycleProcess.VARIATION_REASON.getName(), "Decisions by qualified majority").correlate();
    assertThat(lifecycle).isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE, LifecycleProcess.CALL_VARIATION);
    Map<String, Object> changed = new LinkedHashMap<>(terms("INFORMAL", reference));
    changed.put("decisionRule", "QUALIFIED_MAJORITY");
    changed.put("variationDecision", "PROCEED");
    scenario.complete(reference, "Task_DraftTerms", MANAGER, changed);
    scenario.eachPartner(reference, "Task_SignAgreement", partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, "Task_ApproveAgreement", BOARD_MEMBER,
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "Faster decisions"));

    // then
    assertThat(lifecycle).hasPassed(LifecycleProcess.CALL_VARIATION, "Event_VariationDone")
        .isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE).variables().containsEntry("agreementVersion", 2);
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.ACTIVE);
  }

  @Test
  @DisplayName("A variation the manager withdraws at its draft ends with the version in force, and is on record")
  void variationWithdrawn() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Steady Alliance");
    String reference = lifecycle.getBusinessKey();
    runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_VARIATION).processInstanceBusinessKey(reference)
        .setVariable(LifecycleProcess.VARIATION_REASON.getName(), "Longer cycle").correlate();

    // when
    Map<String, Object> withdrawn = new LinkedHashMap<>(terms("FORMAL", reference));
    withdrawn.put("variationDecision", "WITHDRAW");
    scenario.complete(reference, "Task_DraftTerms", MANAGER, withdrawn);

    // then
    assertThat(lifecycle).hasPassed("Event_VariationDone").isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE)
        .variables().containsEntry("agreementVersion", 1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("Event_VariationWithdrawn")
        .count()).isOne();
    assertThat(decisions.ofAlliance(reference)).anySatisfy(d -> {
      assertThat(d.subject()).isEqualTo("Agreement variation");
      assertThat(d.decision()).isEqualTo("WITHDRAWN");
      assertThat(d.rationale()).isEqualTo("Longer cycle");
    });
  }

  @Test
  @DisplayName("A leadership decision to renegotiate sends the alliance back to its agreement, then to the review loop")
  void renegotiation() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Renegotiating Alliance");
    String reference = lifecycle.getBusinessKey();
    scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE);
    answerReview(reference, health(2, 1, 2, 1), 20, "Stalled");

    // when the partners vote unanimously to renegotiate, and new terms are agreed
    scenario.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "RENEGOTIATE", "voteRationale", "Terms are wrong"));
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.RENEGOTIATING);
    scenario.complete(reference, "Task_DraftTerms", MANAGER, terms("INFORMAL", reference));
    scenario.eachPartner(reference, "Task_SignAgreement", partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, "Task_ApproveAgreement", BOARD_MEMBER,
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "Better terms"));

    // then
    assertThat(lifecycle).hasPassed("Event_RenegotiationDecided", "Gateway_ActiveEnded")
        .isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE)
        .variables().containsEntry("agreementVersion", 2);
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.ACTIVE);
  }

  @Test
  @DisplayName("An ad hoc review runs at once, and a good one moves the next scheduled review a cycle on")
  void adHocReviewContinues() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Ad Hoc Alliance");
    String reference = lifecycle.getBusinessKey();

    // when
    requestAdHocReview(reference);
    answerReview(reference, health(4, 4, 4, 4), 50, "On plan");

    // then
    assertThat(lifecycle).hasPassed("Event_AdHocReviewRequested", "Call_AdHocReview", "Task_RescheduleReview")
        .isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(dueInDays(lifecycle)).isBetween(88L, 93L);
  }

  @Test
  @DisplayName("An ad hoc review that ends in a decision to dissolve takes the alliance to dissolution")
  void adHocReviewDissolves() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Short-lived Alliance");
    String reference = lifecycle.getBusinessKey();

    // when
    requestAdHocReview(reference);
    answerReview(reference, health(1, 1, 1, 1), 0, "Failed");
    scenario.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "DISSOLVE", "voteRationale", "Over"));
    dissolve(reference);

    // then
    assertThat(lifecycle).isEnded().hasPassed("Event_AdHocDecided", "Event_AdHocReviewDecided",
        "Event_InForceDissolutionDecided", LifecycleProcess.CALL_DISSOLUTION);
  }

  @Test
  @DisplayName("An ad hoc review deciding to renegotiate sends the alliance back to its agreement")
  void adHocReviewRenegotiates() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Rethinking Alliance");
    String reference = lifecycle.getBusinessKey();

    // when
    requestAdHocReview(reference);
    answerReview(reference, health(1, 2, 1, 1), 5, "Wrong terms");
    scenario.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "RENEGOTIATE", "voteRationale", "Rethink"));

    // then
    assertThat(lifecycle).hasPassed("Event_AdHocDecided", "Event_AdHocReviewDecided", "Gateway_ActiveEnded")
        .isWaitingAt(LifecycleProcess.CALL_AGREEMENT);
  }

  @Test
  @DisplayName("A dissolution asked for while partners are still being selected goes to the leadership team, "
      + "there being no partners yet; its decision to dissolve dissolves the alliance")
  void dissolutionRequested() {
    // given
    ProcessInstance lifecycle = runtime.startProcessInstanceByKey(LifecycleProcess.KEY,
        values("allianceName", "Abandoned Alliance"));
    String reference = runtime.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).singleResult()
        .getBusinessKey();
    scenario.complete(reference, "Task_DefinePartnerCriteria", MANAGER,
        values("objectives", "Something", "partnerCriteria", "Anyone"));
    scenario.complete(reference, "Task_NominateCandidates", MANAGER, values("candidates", json(PARTNERS)));

    // when
    requestDissolution(reference, "Funding withdrawn");
    assertThat(scenario.tasks(reference, PartnerDecisionProcess.TASK_VOTE)).isEmpty();
    scenario.complete(reference, PartnerDecisionProcess.TASK_FINAL_CALL, BOARD_MEMBER,
        values("finalDecision", "DISSOLVE", "finalDecisionRationale", "No funding, no alliance"));
    dissolve(reference);

    // then
    assertThat(lifecycle).isEnded().hasPassed("Event_DissolutionRequested", "Task_RecordDissolutionRequest",
        LifecycleProcess.CALL_DISSOLUTION_DECISION, "Event_DissolutionAgreed", "Event_DissolveDecided",
        LifecycleProcess.CALL_DISSOLUTION);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.DISSOLVED);
  }

  @Test
  @DisplayName("An ad hoc review asked for while a review is under way is refused: one review at a time")
  void adHocReviewDuringReviewRefused() {
    // given a scheduled review under way
    ProcessInstance lifecycle = proposeAndActivate("Busy Alliance");
    String reference = lifecycle.getBusinessKey();
    scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE);

    // when
    assertThatThrownBy(() -> requestAdHocReview(reference))
        .isInstanceOf(ReviewAlreadyRunning.class).hasMessageContaining("Review 1");

    // then nothing started: one review, one assessment per partner
    assertThat(reviews.ofAlliance(reference)).hasSize(1);
    assertThat(scenario.tasks(reference, "Task_AssessPartnerHealth")).hasSize(3);
    assertThat(lifecycle).hasNotPassed("Event_AdHocReviewRequested");
  }

  @Test
  @DisplayName("The scheduled review waits while an ad hoc review runs, and comes a cycle after it")
  void scheduledReviewWaitsForAdHocReview() {
    // given an ad hoc review under way
    ProcessInstance lifecycle = proposeAndActivate("Watched Alliance");
    String reference = lifecycle.getBusinessKey();
    requestAdHocReview(reference);

    // then the scheduled review's timer is held: no job executor takes it
    assertThat(reviewTimer(lifecycle).isSuspended()).isTrue();

    // when an administrator executes it by hand all the same
    assertThatThrownBy(() -> scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE))
        .hasStackTraceContaining("Review 1 of alliance " + reference + " is under way");

    // then no second review: one review, one assessment per partner
    assertThat(reviews.ofAlliance(reference)).hasSize(1);
    assertThat(scenario.tasks(reference, "Task_AssessPartnerHealth")).hasSize(3);
    assertThat(lifecycle).hasNotPassed("Call_ScheduledReview");

    // when the ad hoc review ends well
    answerReview(reference, health(4, 4, 4, 4), 60, "On plan");

    // then the scheduled review is released, a cycle on
    assertThat(lifecycle).hasPassed("Task_RescheduleReview").isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(reviewTimer(lifecycle).isSuspended()).isFalse();
    assertThat(dueInDays(lifecycle)).isBetween(88L, 93L);
  }

  @Test
  @DisplayName("A review an administrator cancels in Cockpit does not stop the alliance from being reviewed again")
  void reviewCancelledByHandDoesNotBlock() {
    // given a scheduled review under way, which an administrator cancels by modifying the
    // alliance's process instance: back to waiting for the next review
    ProcessInstance lifecycle = proposeAndActivate("Tidied Alliance");
    String reference = lifecycle.getBusinessKey();
    scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE);
    runtime.createProcessInstanceModification(lifecycle.getId()).cancelAllForActivity("Call_ScheduledReview")
        .startBeforeActivity(LifecycleProcess.EVENT_REVIEW_DUE).execute(true, true);
    assertThat(scenario.tasks(reference, "Task_AssessPartnerHealth")).isEmpty();

    // when
    requestAdHocReview(reference);

    // then a new review runs, with one assessment per partner
    assertThat(reviews.ofAlliance(reference)).extracting(Review::reviewNo).containsExactly(1, 2);
    assertThat(scenario.tasks(reference, "Task_AssessPartnerHealth")).hasSize(3);
  }

  @Test
  @DisplayName("A dissolution the partners agree during a review cancels the review and its open assessments")
  void dissolutionRequestedDuringReview() {
    // given
    ProcessInstance lifecycle = proposeAndActivate("Interrupted Alliance");
    String reference = lifecycle.getBusinessKey();
    scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(scenario.tasks(reference, "Task_AssessPartnerHealth")).hasSize(3);

    // when
    requestDissolution(reference, "The pathway is being recommissioned");
    assertThat(scenario.tasks(reference, "Task_AssessPartnerHealth")).as("the review goes on while partners decide")
        .hasSize(3);
    scenario.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "DISSOLVE",
        "voteRationale", "Agreed at the leadership team"));
    scenario.executeJobs();

    // then
    assertThat(scenario.tasks(reference, "Task_AssessPartnerHealth")).isEmpty();
    assertThat(reviews.ofAlliance(reference)).extracting(Review::status).containsExactly(ReviewStatus.CANCELLED);
    assertThat(lifecycle).isWaitingAt(LifecycleProcess.CALL_DISSOLUTION);
  }

  @Test
  @DisplayName("History cleanup removes a dissolved alliance's engine history once its time-to-live has passed, "
      + "and keeps a running alliance's and the decision register")
  void historyCleanup() {
    // given every model keeps history for 0 days, one alliance dissolved, one still running
    Map<String, Integer> timeToLive = new LinkedHashMap<>();
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
        .list()) {
      timeToLive.put(definition.getId(), definition.getHistoryTimeToLive());
      engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(definition.getId(), 0);
    }
    try {
      ProcessInstance dissolved = runtime.startProcessInstanceByKey(LifecycleProcess.KEY,
          values("allianceName", "Short-Lived Alliance"));
      String gone = runtime.createProcessInstanceQuery().processInstanceId(dissolved.getId()).singleResult()
          .getBusinessKey();
      requestDissolution(gone, "Not needed");
      scenario.complete(gone, PartnerDecisionProcess.TASK_FINAL_CALL, BOARD_MEMBER,
          values("finalDecision", "DISSOLVE", "finalDecisionRationale", "Not needed"));
      dissolve(gone);
      String running = proposeAndActivate("Long-Lived Alliance").getBusinessKey();
      HistoryService history = engine.getHistoryService();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(gone).count()).isPositive();

      // when the cleanup job runs
      ManagementService management = engine.getManagementService();
      management.executeJob(history.cleanUpHistoryAsync(true).getId());

      // then
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(gone).count()).isZero();
      assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(gone).count()).isZero();
      assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(running).count()).isPositive();
      assertThat(alliances.find(gone)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.DISSOLVED);
      assertThat(decisions.ofAlliance(gone)).isNotEmpty();
    } finally {
      timeToLive.forEach((id, days) -> engine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(id, days));
    }
  }

  /** As the product's command does: the message, with who asked and why. */
  void requestDissolution(String reference, String reason) {
    runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_DISSOLUTION).processInstanceBusinessKey(reference)
        .setVariable("dissolutionReason", reason).setVariable("dissolutionRequestedBy", "Mia for the alliance managers")
        .correlate();
  }

  void requestAdHocReview(String reference) {
    runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_AD_HOC_REVIEW).processInstanceBusinessKey(reference)
        .correlate();
  }

  /** Every partner answers its health assessment alike; then the manager records objective achievement. */
  void answerReview(String reference, Map<String, Object> answers, int objectivesAchieved, String notes) {
    scenario.eachPartner(reference, "Task_AssessPartnerHealth", partner -> answers);
    scenario.complete(reference, "Task_RecordObjectiveAchievement", MANAGER,
        values("objectivesAchieved", objectivesAchieved, "objectiveNotes", notes));
  }

  /** The dissolution, run through: exit plan, every partner settles, lessons learned. */
  void dissolve(String reference) {
    scenario.complete(reference, "Task_PrepareExitPlan", MANAGER, values("obligations", "Pay the last invoices",
        "sharedAssetsAndData", "Data returned", "serviceContinuity", "Each partner resumes its service",
        "communications", "Joint letter", "exitDate", java.time.LocalDate.now().plusMonths(2).toString()));
    scenario.eachPartner(reference, "Task_ConfirmObligationsSettled", partner -> values("obligationsStatus", "SETTLED"));
    scenario.complete(reference, "Task_RecordLessonsLearned", MANAGER, values("lessons",
        FormValues.lessons("Build it early", "Agree the rule", "Fund a manager", "Review sooner")));
  }

  long dueInDays(ProcessInstance lifecycle) {
    java.util.Date due = reviewTimer(lifecycle).getDuedate();
    return java.time.Duration.between(java.time.Instant.now(), due.toInstant()).toDays();
  }

  /** The timer job the alliance waits on for its next scheduled review. */
  org.camunda.bpm.engine.runtime.Job reviewTimer(ProcessInstance lifecycle) {
    return engine.getManagementService().createJobQuery().processInstanceId(lifecycle.getId())
        .activityId(LifecycleProcess.EVENT_REVIEW_DUE).singleResult();
  }

  static Map<String, Object> action(String dimension, String action) {
    return Map.of("dimension", dimension, "action", action, "owner", "user:mia",
        "dueDate", java.time.LocalDate.now().plusMonths(1).toString());
  }

  ProcessInstance proposeAndActivate(String name) {
    ProcessInstance lifecycle = runtime.startProcessInstanceByKey(LifecycleProcess.KEY, values(
        "allianceName", name, "allianceType", "STRATEGIC_ALLIANCE", "purpose", "Keep frail people well at home",
        "objectives", "Fewer emergency admissions", "reviewCycle", "P3M"));
    String reference = runtime.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).singleResult()
        .getBusinessKey();
    scenario.complete(reference, "Task_DefinePartnerCriteria", MANAGER,
        values("objectives", "Fewer emergency admissions", "partnerCriteria", "Community services at scale"));
    scenario.complete(reference, "Task_NominateCandidates", MANAGER, values("candidates", json(PARTNERS)));
    scenario.eachPartner(reference, "Task_AssessCandidateFit", partner -> fit(4, "YES"));
    scenario.complete(reference, "Task_SelectPartners", MANAGER,
        values("selectedPartners", json(PARTNERS), "selectionRationale", "Best fit, all willing"));
    scenario.complete(reference, "Task_ApproveSelection", BOARD_MEMBER,
        values("selectionDecision", "APPROVE", "selectionDecisionReason", "Sound choice"));
    scenario.complete(reference, "Task_DraftTerms", MANAGER, terms("FORMAL", reference));
    scenario.complete(reference, "Task_LegalReview", LAWYER, values("legalDecision", "APPROVE", "legalComments", "Fine"));
    scenario.eachPartner(reference, "Task_SignAgreement", partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, "Task_ApproveAgreement", BOARD_MEMBER,
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "Good terms"));
    return runtime.createProcessInstanceQuery().processInstanceId(lifecycle.getId()).singleResult();
  }

  static Map<String, Object> fit(int answer, String willing) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : List.of("strategicFit", "goalCongruence", "incentiveCongruence", "culturalCompatibility",
        "timeHorizonAlignment", "complementaryCapabilities")) {
      values.put(key, String.valueOf(answer));
    }
    values.put("opportunismRisk", String.valueOf(6 - answer));
    values.put("willingToJoin", willing);
    return values;
  }

  Map<String, Object> terms(String formality, String reference) {
    List<Map<String, Object>> commitments = new ArrayList<>();
    double[] shares = {50, 30, 20};
    for (int i = 0; i < PARTNERS.size(); i++) {
      commitments.add(Map.of("organisationId", PARTNERS.get(i), "organisationName", PARTNERS.get(i),
          "commitment", "Staff and services", "expectedShare", shares[i]));
    }
    return values("formality", formality, "coordination", "HIGH", "governance", "Monthly leadership team",
        "decisionRule", "UNANIMOUS", "partnerCommitments", json(commitments), "riskGainShare", "Pro rata",
        "objectivesAndKpis", "Admissions down 10%", "reviewCycle", "P3M", "exitProvisions", "Six months' notice");
  }
}
