package org.alliancecompass.review;

import static org.assertj.core.api.Assertions.tuple;
import org.alliancecompass.health.ReviewFormat;
import org.camunda.bpm.engine.task.Task;
import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.health;
import static org.alliancecompass.support.ProcessScenario.json;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.alliancecompass.identity.Reader;
import org.alliancecompass.agreement.Kpi;
import org.alliancecompass.agreement.KpiDirection;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.alliancecompass.governance.PartnerDecisionProcess;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.work.ChasingPolicy;

@ProcessTest
class AllianceReviewProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired Reviews reviews;
  @Autowired ImprovementActionRepository actions;
  @Autowired DecisionRegister decisions;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void initAssertions() {
    init(engine);
  }

  @Test
  @DisplayName("Every partner answers well: the review is HEALTHY and the alliance continues")
  void healthyReview() {
    // given
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city", "care");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M", "reviewTrigger", "SCHEDULED"));

    // when every partner answers 4 or 5
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(5, 4, 4, 5));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER,
        values("objectivesAchieved", 70, "objectiveNotes", "Admissions down 8%"));

    // then
    assertThat(review).isEnded().hasPassed("Task_ComputeScores", "Task_EvaluateGate", "Task_CloseReview")
        .hasNotPassed(ReviewProcess.TASK_RECONCILE, ReviewProcess.TASK_IMPROVEMENT_PLAN, PartnerDecisionProcess.TASK_VOTE)
        .variables().containsEntry("gateOutcome", "HEALTHY").containsEntry("trustScore", 100.0)
        .containsEntry("decisionMakingScore", 75.0).containsEntry("overallScore", 87.5)
        .containsEntry("perceptionGap", 0.0).containsEntry("responseRate", 1.0)
        .containsEntry("reviewDecision", "CONTINUE");
    Review closed = reviews.ofAlliance(alliance).get(0);
    assertThat(closed.status()).isEqualTo(ReviewStatus.CLOSED);
    assertThat(closed.objectivesAchieved()).isEqualTo(70);
  }

  @Test
  @DisplayName("Scoring fails: the submission stands, the step is retried after 1, 5 and 15 minutes, then an incident; "
      + "once fixed, a retry closes the review with nothing lost")
  void failingScoringBecomesAnIncident() {
    // given every partner has answered, and the scores cannot be stored (a real fault: the table is gone)
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city", "care");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(5, 4, 4, 5));
    jdbc.sql("alter table review_partner_score rename to review_partner_score_away").update();
    Job scoring;
    try {
      // when the manager submits, and the scoring step runs and fails
      scenario.submit(scenario.task(alliance, ReviewProcess.TASK_OBJECTIVES), MANAGER,
          values("objectivesAchieved", 70, "objectiveNotes", "Admissions down 8%"));
      assertThat(review).isWaitingAt("Task_ComputeScores");
      scoring = management.createJobQuery().processInstanceId(review.getId()).activityId("Task_ComputeScores").singleResult();

      // then the submission is kept, and each failure waits longer for its retry: 1, 5, 15 minutes
      for (Duration backOff : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5))) {
        Instant failedAt = Instant.now();
        assertThatThrownBy(() -> management.executeJob(scoring.getId())).hasMessageContaining("review_partner_score");
        Job failed = management.createJobQuery().jobId(scoring.getId()).singleResult();
        assertThat(failed.getExceptionMessage()).contains("review_partner_score");
        assertThat(failed.getRetries()).isPositive();
        assertThat(failed.getDuedate().toInstant()).isBetween(failedAt.plus(backOff).minusSeconds(10),
            failedAt.plus(backOff).plusSeconds(10));
        assertThat(runtime.createIncidentQuery().processInstanceId(review.getId()).count()).isZero();
      }
      assertThat(reviews.ofAlliance(alliance).get(0).objectivesAchieved()).isEqualTo(70);
      assertThat(scenario.tasks(alliance, ReviewProcess.TASK_OBJECTIVES)).isEmpty();
      assertThatThrownBy(() -> management.executeJob(scoring.getId())).hasMessageContaining("review_partner_score");
      assertThatThrownBy(() -> management.executeJob(scoring.getId())).hasMessageContaining("review_partner_score");

      // and out of retries, it is an incident: what Cockpit shows an administrator
      assertThat(management.createJobQuery().jobId(scoring.getId()).singleResult().getRetries()).isZero();
      Incident incident = runtime.createIncidentQuery().processInstanceId(review.getId()).singleResult();
      assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
      assertThat(incident.getActivityId()).isEqualTo("Task_ComputeScores");
      assertThat(incident.getIncidentMessage()).contains("review_partner_score");
    } finally {
      jdbc.sql("alter table review_partner_score_away rename to review_partner_score").update();
    }

    // when the table is back and the administrator retries (Cockpit: "Increment number of retries")
    management.setJobRetries(scoring.getId(), 1);
    management.executeJob(scoring.getId());
    scenario.executeJobs();

    // then the review closes with everything the partners and the manager gave, and the incident is resolved
    assertThat(review).isEnded().variables().containsEntry("gateOutcome", "HEALTHY").containsEntry("overallScore", 87.5);
    assertThat(runtime.createIncidentQuery().processInstanceId(review.getId()).count()).isZero();
    Review closed = reviews.ofAlliance(alliance).get(0);
    assertThat(closed.status()).isEqualTo(ReviewStatus.CLOSED);
    assertThat(closed.objectivesAchieved()).isEqualTo(70);
    // each partner reads its own organisation's scores
    assertThat(reviews.partnerScores(alliance, new Reader(false, Set.of("north", "city", "care"))))
        .filteredOn(s -> s.reviewId() == closed.id())
        .hasSize(3 * HealthModel.load().dimensions().size());
  }

  @Test
  @DisplayName("Partners see the same alliance differently: the manager records a facilitated reconciliation")
  void divergentViewsAreReconciled() {
    // given
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city", "care");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));

    // when one partner sees trust very differently
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH,
        partner -> partner.equals("north") ? health(1, 4, 4, 4) : health(5, 4, 4, 4));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 50, "objectiveNotes", "Mixed"));

    // then
    assertThat(review).isWaitingAt(ReviewProcess.TASK_RECONCILE).variables().containsEntry("perceptionGap", 100.0)
        .containsEntry("gateOutcome", "AT_RISK");
    scenario.complete(alliance, ReviewProcess.TASK_RECONCILE, MANAGER, values("reconciliationSummary",
        "North felt excluded from the budget decision", "agreedReadings", List.of(values("dimension", "trust", "reading", "Trust is fragile at North"))));
    assertThat(review).isWaitingAt(ReviewProcess.TASK_IMPROVEMENT_PLAN);
    assertThat(reviews.ofAlliance(alliance).get(0).reconciliation()).contains("North felt excluded");
  }

  @Test
  @DisplayName("An AT_RISK review needs an action for every weak dimension before the plan is accepted")
  void atRiskNeedsPlanCoveringWeakDimensions() {
    // given trust and flexibility weak (25 and 50), the others fine
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(2, 5, 5, 3));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 40, "objectiveNotes", "Slow"));
    var plan = scenario.task(alliance, ReviewProcess.TASK_IMPROVEMENT_PLAN);

    // when the plan forgets flexibility
    assertThatThrownBy(() -> scenario.submit(plan, MANAGER, values("improvementActions", json(List.of(
        action("trust", "Open books on the budget"))))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("improvementActions")
        .hasMessageContaining("Flexibility");

    // then it stays open; a complete plan closes the review
    scenario.complete(alliance, ReviewProcess.TASK_IMPROVEMENT_PLAN, MANAGER, values("improvementActions", json(List.of(
        action("trust", "Open books on the budget"), action("flexibility", "Quarterly horizon scan")))));
    assertThat(review).isEnded().variables().containsEntry("gateOutcome", "AT_RISK").containsEntry("reviewDecision", "CONTINUE");
    assertThat(actions.ofAlliance(alliance)).extracting(ImprovementAction::dimension).containsExactlyInAnyOrder("trust", "flexibility");
  }

  @Test
  @DisplayName("CRITICAL: a unanimous vote to continue leads to an improvement plan")
  void criticalUnanimousContinue() {
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(1, 2, 2, 2));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 10, "objectiveNotes", "Poor"));
    scenario.eachPartner(alliance, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "CONTINUE", "voteRationale", "One more try"));

    assertThat(review).hasPassed(ReviewProcess.CALL_WAY_FORWARD).isWaitingAt(ReviewProcess.TASK_IMPROVEMENT_PLAN)
        .variables().containsEntry("reviewDecision", "CONTINUE").containsEntry("reviewDecisionBasis", "UNANIMOUS_VOTE");
    assertThat(decisions.ofAlliance(alliance)).extracting(Decision::decision).contains("CRITICAL", "CONTINUE");
  }

  @Test
  @DisplayName("CRITICAL without unanimity: the deadlock is recorded and the leadership team makes the final call")
  void deadlockGoesToTheBoard() {
    // given
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city", "care");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(1, 1, 2, 2));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 5, "objectiveNotes", "None"));

    // when two vote to dissolve and one to renegotiate
    scenario.eachPartner(alliance, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote",
        partner.equals("care") ? "RENEGOTIATE" : "DISSOLVE", "voteRationale", "Our view"));
    assertThat(review).isWaitingAt(ReviewProcess.CALL_WAY_FORWARD);
    assertThat(decision(alliance)).isWaitingAt(PartnerDecisionProcess.TASK_FINAL_CALL).variables()
        .containsEntry("voteSummary", "1 RENEGOTIATE, 2 DISSOLVE");
    scenario.complete(alliance, PartnerDecisionProcess.TASK_FINAL_CALL, ProcessScenario.BOARD_MEMBER,
        values("finalDecision", "DISSOLVE", "finalDecisionRationale", "No shared future"));

    // then
    assertThat(review).isEnded().variables().containsEntry("reviewDecision", "DISSOLVE");
    assertThat(decisions.ofAlliance(alliance)).extracting(Decision::decision).contains("DEADLOCK", "DISSOLVE");
    assertThat(reviews.ofAlliance(alliance).get(0).decisionBasis()).isEqualTo(DecisionBasis.BOARD_FINAL_CALL);
  }

  @Test
  @DisplayName("With a two-thirds rule, two of three partners carry the decision")
  void qualifiedMajority() {
    String alliance = scenario.activeAlliance("QUALIFIED_MAJORITY", "north", "city", "care");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(1, 1, 2, 2));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 5, "objectiveNotes", "None"));
    scenario.eachPartner(alliance, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote",
        partner.equals("care") ? "CONTINUE" : "RENEGOTIATE", "voteRationale", "Our view"));

    assertThat(review).isEnded().variables().containsEntry("reviewDecision", "RENEGOTIATE")
        .containsEntry("reviewDecisionBasis", "MAJORITY_VOTE");
    assertThat(reviews.ofAlliance(alliance).get(0).decisionBasis()).isEqualTo(DecisionBasis.MAJORITY_VOTE);
  }

  @Test
  @DisplayName("Partners that do not vote in time leave a deadlock for the leadership team")
  void voteDeadline() {
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(1, 1, 1, 1));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 0, "objectiveNotes", "None"));
    var first = scenario.tasks(alliance, PartnerDecisionProcess.TASK_VOTE).get(0);
    scenario.submit(first, ProcessScenario.representative(scenario.partnerOf(first)), values("vote", "DISSOLVE", "voteRationale", "Done"));
    scenario.executeJobs();

    scenario.fireTimer(alliance, PartnerDecisionProcess.EVENT_VOTE_DEADLINE);

    assertThat(review).isWaitingAt(ReviewProcess.CALL_WAY_FORWARD);
    assertThat(decision(alliance)).hasPassed(PartnerDecisionProcess.EVENT_VOTE_DEADLINE)
        .isWaitingAt(PartnerDecisionProcess.TASK_FINAL_CALL).variables().containsEntry("voteSummary", "1 DISSOLVE, 1 not cast");
  }

  @Test
  @DisplayName("Partners are reminded half way; after the deadline the review goes on with the answers it has")
  void reminderAndDeadline() {
    // given
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city", "care");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    var first = scenario.tasks(alliance, ReviewProcess.TASK_ASSESS_HEALTH).get(0);

    // when a reminder goes out, one partner answers, and the deadline passes
    scenario.fireTimeout(alliance, ReviewProcess.TASK_ASSESS_HEALTH, ChasingPolicy.REMINDER);
    assertThat(scenario.tasks(alliance, ReviewProcess.TASK_ASSESS_HEALTH)).allSatisfy(t -> assertThat(t.getPriority()).isEqualTo(80));
    scenario.submit(first, ProcessScenario.representative(scenario.partnerOf(first)), health(4, 4, 4, 4));
    scenario.executeJobs();
    scenario.fireTimer(alliance, ReviewProcess.EVENT_DEADLINE);
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 50, "objectiveNotes", "On plan"));

    // then one of three answered: scores from that answer, and a WATCH for the low response
    assertThat(review).hasPassed("Event_AssessmentDeadline").isEnded().variables()
        .containsEntry("responseRate", 0.333).containsEntry("overallScore", 75.0).containsEntry("gateOutcome", "WATCH");
  }

  @Test
  @DisplayName("Nobody answers by the deadline: no scores are invented, and the gate says WATCH")
  void noResponses() {
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.fireTimer(alliance, ReviewProcess.EVENT_DEADLINE);
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 0, "objectiveNotes", "No data"));

    assertThat(review).isEnded().variables().containsEntry("responseRate", 0.0).containsEntry("overallScore", null)
        .containsEntry("gateOutcome", "WATCH");
  }

  @Test
  @DisplayName("Two partners, one silent: half the answers is not a healthy review; the silent partner is named")
  void silentPartnerInATwoPartnerAlliance() {
    // given a two-partner alliance whose one partner answers very well and the other not at all
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    var north = scenario.tasks(alliance, ReviewProcess.TASK_ASSESS_HEALTH).stream()
        .filter(t -> scenario.partnerOf(t).equals("north")).findFirst().orElseThrow();
    scenario.submit(north, ProcessScenario.representative("north"), health(5, 5, 5, 5));
    scenario.executeJobs();
    scenario.fireTimer(alliance, ReviewProcess.EVENT_DEADLINE);
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 80, "objectiveNotes", "On plan"));

    // then the response rate is 0.5, not below it, yet the gate says WATCH: City Council's view is unknown
    assertThat(review).isEnded().variables().containsEntry("responseRate", 0.5).containsEntry("overallScore", 100.0)
        .containsEntry("silentPartners", 1).containsEntry("gateOutcome", "WATCH");
    Review closed = reviews.ofAlliance(alliance).get(0);
    assertThat(closed.silentPartners()).containsExactly("city");
    assertThat(closed.gateOutcome()).isEqualTo(GateOutcome.WATCH);
    assertThat(decisions.ofAlliance(alliance)).filteredOn(d -> d.subject().contains("gate outcome"))
        .singleElement().satisfies(d -> assertThat(d.rationale()).contains("no answer from City"));
  }

  static final Kpi CARE_PLANS = new Kpi("Care plans", "% of the register", KpiDirection.HIGHER, 35, 90, 50);
  static final Kpi ADMISSIONS = new Kpi("Admissions", "per 1,000 a quarter", KpiDirection.LOWER, 62, 53, 62);

  static Object kpiValues(double carePlans, double admissions) {
    return json(List.of(values("kpi", CARE_PLANS.name(), "kpiActual", carePlans),
        values("kpi", ADMISSIONS.name(), "kpiActual", admissions)));
  }

  @Test
  @DisplayName("KPIs: each value recorded with its target and last value in view; one beyond its minimum makes the "
      + "review AT_RISK; the achievement is their progress to target")
  void kpisFeedTheGate() {
    // given an agreement with two KPIs, and a first review in which both hold their minimum
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    scenario.kpis(alliance, CARE_PLANS, ADMISSIONS);
    ProcessInstance first = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(5, 4, 4, 5));
    var task = scenario.task(alliance, ReviewProcess.TASK_OBJECTIVES);
    assertThat(engine.getTaskService().getVariable(task.getId(), "kpiCount")).isEqualTo(2);
    assertThat(engine.getTaskService().getVariable(task.getId(), "kpiTable").toString())
        .contains("Care plans", "Higher is better", "90", "none yet");
    scenario.submit(task, MANAGER, values("kpiActuals", kpiValues(62.5, 57.5), "objectiveNotes", "On plan"));
    scenario.executeJobs();
    assertThat(first).isEnded().variables().containsEntry("kpisBelowMinimum", 0).containsEntry("gateOutcome", "HEALTHY");
    assertThat(reviews.ofAlliance(alliance).get(0).objectivesAchieved()).as("half way on both").isEqualTo(50);

    // when the next review finds care plans fallen below their minimum, whatever the partners say
    ProcessInstance second = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(5, 4, 4, 5));
    task = scenario.task(alliance, ReviewProcess.TASK_OBJECTIVES);
    assertThat(engine.getTaskService().getVariable(task.getId(), "kpiTable").toString()).contains("62.5 (review 1)");
    scenario.submit(task, MANAGER, values("kpiActuals", kpiValues(47, 57.5), "objectiveNotes", "Winter"));
    scenario.executeJobs();

    // then it is AT_RISK, with an improvement plan to agree, and the register says why
    assertThat(second).isWaitingAt(ReviewProcess.TASK_IMPROVEMENT_PLAN).variables()
        .containsEntry("kpisBelowMinimum", 1).containsEntry("gateOutcome", "AT_RISK");
    assertThat(decisions.ofAlliance(alliance)).filteredOn(d -> d.subject().equals("Review 2: gate outcome"))
        .singleElement().satisfies(d -> assertThat(d.rationale()).contains("KPIs below their minimum 1"));
    assertThat(reviews.kpiReadings(alliance)).filteredOn(r -> r.reviewNo() == 2)
        .extracting(KpiReading::belowMinimum).containsExactly(true, false);
  }

  @Test
  @DisplayName("The KPI values sent must be the agreement's own KPIs, each once: otherwise refused, the task stays open")
  void kpiValuesAreTheAgreementsOwn() {
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    scenario.kpis(alliance, CARE_PLANS, ADMISSIONS);
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(5, 4, 4, 5));
    var task = scenario.task(alliance, ReviewProcess.TASK_OBJECTIVES);

    assertThatThrownBy(() -> scenario.submit(task, MANAGER, values("kpiActuals",
        json(List.of(values("kpi", "Something else", "kpiActual", 1))), "objectiveNotes", "Made up")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("kpiActuals")
        .hasMessageContaining("Care plans, Admissions");
    assertThat(scenario.tasks(alliance, ReviewProcess.TASK_OBJECTIVES)).hasSize(1);
    assertThat(reviews.kpiReadings(alliance)).allSatisfy(r -> assertThat(r.actual()).isNull());
  }

  /** The partners' decision a CRITICAL review of the alliance is waiting for. */
  ProcessInstance decision(String alliance) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(PartnerDecisionProcess.KEY)
        .processInstanceBusinessKey(alliance).singleResult();
  }

  static Map<String, Object> action(String dimension, String text) {
    return Map.of("dimension", dimension, "action", text, "owner", "group:north",
        "dueDate", LocalDate.now().plusMonths(1).toString());
  }

  @Test
  @DisplayName("A partner's task never carries another partner's answers, scores or comments; the manager's does")
  void partnersDoNotSeeEachOthersAssessments() {
    // given a critical review where views diverge: the manager reconciles, then partners vote
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> {
      Map<String, Object> answers = new java.util.HashMap<>(partner.equals("north") ? health(1, 1, 1, 1) : health(3, 3, 3, 3));
      answers.put("trustComment", "Confidential to " + partner);
      return answers;
    });
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 10, "objectiveNotes", "Poor"));

    // then the manager's reconciliation shows who said what
    var reconcile = scenario.task(alliance, ReviewProcess.TASK_RECONCILE);
    var managerSees = engine.getTaskService().getVariables(reconcile.getId());
    assertThat(managerSees).containsKeys(ReviewProcess.PARTNER_SCORES, ReviewProcess.PARTNER_COMMENTS);
    assertThat(managerSees.get(ReviewProcess.PARTNER_COMMENTS).toString()).contains("Confidential to north");

    // and when the partners vote, a partner's task carries none of it
    scenario.complete(alliance, ReviewProcess.TASK_RECONCILE, MANAGER, values("reconciliationSummary", "Talked"));
    for (var vote : scenario.tasks(alliance, PartnerDecisionProcess.TASK_VOTE)) {
      var partnerSees = engine.getTaskService().getVariables(vote.getId());
      assertThat(partnerSees).doesNotContainKeys(ReviewProcess.PARTNER_SCORES, ReviewProcess.PARTNER_COMMENTS,
          "trustComment", "trustCommitmentsHonoured");
      assertThat(partnerSees.values().toString()).doesNotContain("Confidential to");
      assertThat(partnerSees).containsKey(PartnerDecisionProcess.DECISION_FIGURES);
    }
  }

  @Test
  @DisplayName("Several raters: every representative answers their own assessment; an organisation is the mean of its "
      + "people and counts once; the review keeps how many of how many answered; the manager reads an organisation's "
      + "own figures only where enough of its people answered")
  void severalRatersPerOrganisation() {
    // given east with three representatives, west with one (organisations of their own: other tests count north's people)
    String alliance = scenario.activeAlliance("UNANIMOUS", "east", "west");
    scenario.colleagues("east", "east-2", "east-3");
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M", "reviewTrigger", "SCHEDULED"));

    // then each of the four people has a task of their own, offered to no group
    List<Task> assessments = scenario.tasks(alliance, ReviewProcess.TASK_ASSESS_HEALTH);
    assertThat(assessments).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(ProcessScenario.representative("east"), "east-2", "east-3",
            ProcessScenario.representative("west"));
    assertThat(assessments).allSatisfy(task -> assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
        .noneMatch(link -> link.getGroupId() != null));
    // the query of Tasklist's shared filters finds a person's own assessment and no colleague's
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateUser("east-2").includeAssignedTasks()
        .processInstanceBusinessKey(alliance).list()).extracting(Task::getAssignee).containsExactly("east-2");

    // when east's people answer 5, 5 and 2 on trust, east-3 "don't know" on one statement, west answers 3
    for (Task task : assessments) {
      Map<String, Object> answers = new java.util.HashMap<>(switch (task.getAssignee()) {
        case "east-3" -> health(2, 4, 4, 4);
        case "rep-west" -> health(3, 3, 3, 3);
        default -> health(5, 4, 4, 4);
      });
      if (task.getAssignee().equals("east-3")) {
        answers.put(HealthModel.load().dimension("flexibility").orElseThrow().statementKeys().get(0), HealthModel.DONT_KNOW);
      }
      answers.put("trustComment", "From " + task.getAssignee());
      scenario.submit(task, task.getAssignee(), answers);
    }
    scenario.executeJobs();
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 50, "objectiveNotes", "Half"));

    // then east's trust is the mean of its three people ((100 + 100 + 25) / 3 = 75), west's 50, the alliance's 62.5
    Review review = reviews.ofAlliance(alliance).get(0);
    assertThat(review.dimensionScores()).containsEntry("trust", 62.5);
    assertThat(review.participation()).extracting(Review.Participation::organisationId, Review.Participation::peopleAsked,
        Review.Participation::respondents).containsExactlyInAnyOrder(tuple("east", 3, 3), tuple("west", 1, 1));
    assertThat(review.partnersResponded()).isEqualTo(2);
    assertThat(reviews.partnerScores(alliance, new Reader(false, Set.of("east"))))
        .filteredOn(s -> s.dimension().equals("trust")).singleElement()
        .satisfies(s -> assertThat(s.score()).isEqualTo(75.0));

    // and the staff read east's own scores (three answered), not west's (one), and west's words unnamed
    assertThat(reviews.partnerScores(alliance, Reader.STAFF)).extracting(Reviews.PartnerScore::organisationId)
        .containsOnly("east");
    assertThat(reviews.withheld(review, Reader.STAFF)).containsExactly("west");
    assertThat(reviews.comments(alliance, Reader.STAFF)).extracting(Reviews.Comment::organisationId, Reviews.Comment::text)
        .containsExactlyInAnyOrder(tuple("east", "From rep-east"), tuple("east", "From east-2"),
            tuple("east", "From east-3"), tuple(null, "From rep-west"));
    // west's representative reads west's own words, and none of east's
    assertThat(reviews.comments(alliance, new Reader(false, Set.of("west"))))
        .extracting(Reviews.Comment::organisationId).containsExactly("west");
    // no answer is kept with the person who gave it
    assertThat(jdbc.sql("select count(*) from review_response where respondent is not null").query(Integer.class).single())
        .isZero();
  }

  @Test
  @DisplayName("An agreement that alternates: a scheduled pulse review (one statement per dimension) after each full one, "
      + "scored on the pulse statements; a review called for is always full")
  void pulseReviewsAlternate() {
    // given an agreement whose scheduled reviews alternate
    String alliance = scenario.activeAlliance("UNANIMOUS", "north");
    jdbc.sql("update agreement_version set review_rhythm = 'ALTERNATE' where alliance_reference = ?").param(alliance).update();
    HealthModel model = HealthModel.load();

    // when the first scheduled review runs, it is full
    assertThat(runReview(alliance, "SCHEDULED", health(4, 4, 4, 4))).isEqualTo("FULL");

    // then the next scheduled one is a pulse: only the pulse statements are asked, and they are enough
    Map<String, Object> pulse = new java.util.LinkedHashMap<>();
    model.dimensions().forEach(d -> d.statementKeys(ReviewFormat.PULSE).forEach(key -> pulse.put(key, "5")));
    assertThat(pulse).hasSize(model.dimensions().size());
    assertThat(runReview(alliance, "SCHEDULED", pulse)).isEqualTo("PULSE");
    Review second = reviews.ofAlliance(alliance).get(1);
    assertThat(second.format()).isEqualTo(ReviewFormat.PULSE);
    assertThat(second.dimensionScores()).hasSize(model.dimensions().size()).allSatisfy((d, score) -> assertThat(score).isEqualTo(100.0));

    // and the one after a pulse is full again; one called for by a manager is full whatever came before
    assertThat(runReview(alliance, "SCHEDULED", health(4, 4, 4, 4))).isEqualTo("FULL");
    assertThat(runReview(alliance, "SCHEDULED", pulse)).isEqualTo("PULSE");
    assertThat(runReview(alliance, ReviewProcess.TRIGGER_AD_HOC, health(4, 4, 4, 4))).isEqualTo("FULL");
  }

  @Test
  @DisplayName("What the record shows feeds the gate: a signature of the period that took 30 days makes a review the "
      + "partners score well WATCH, with the slowest decision in the register's reasons")
  void slowDecisionsMakeAReviewWatch() {
    // given an alliance whose last signature, in this review period, took 30 days
    String alliance = scenario.activeAlliance("UNANIMOUS", "north");
    java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
    jdbc.sql("""
        insert into work_record (task_id, alliance_reference, process_key, task_key, task_name, created_at, due_at,
          ended_at, completed, reminders_sent, escalations)
        values (?, ?, 'alliance-agreement', 'Task_SignAgreement', 'Sign agreement', ?, ?, ?, true, 2, 1)""")
        .params("signed-late-" + alliance, alliance, now.minusDays(40), now.minusDays(26), now.minusDays(10)).update();

    // when the partner answers well
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M", "reviewTrigger", "SCHEDULED"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(5, 5, 5, 5));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 90, "objectiveNotes", "Fine"));

    // then the gate says WATCH, for what the record shows
    assertThat(review).isEnded().variables().containsEntry("gateOutcome", "WATCH").containsEntry("slowestDecisionDays", 30.0);
    assertThat(decisions.ofAlliance(alliance)).filteredOn(d -> d.subject().endsWith("gate outcome")).singleElement()
        .satisfies(d -> assertThat(d.rationale()).contains("slowest decision 30.0 days"));
    ProcessEvidence evidence = reviews.processEvidence(alliance).values().iterator().next();
    assertThat(evidence.decisions()).isEqualTo(1);
    assertThat(evidence.slowestDecision()).isEqualTo("Sign agreement");
    assertThat(evidence.tasksLate()).isEqualTo(1);
    assertThat(evidence.latestDays()).isEqualTo(16.0);
    assertThat(evidence.reminders()).isEqualTo(2 + 0);
    assertThat(evidence.escalations()).isEqualTo(1);
    assertThat(evidence.responseRates()).containsEntry("north", 1.0);
    // the review's own tasks are on the record too, for the next period's reading
    assertThat(jdbc.sql("select count(*) from work_record where alliance_reference = ? and task_key = ?")
        .params(alliance, ReviewProcess.TASK_ASSESS_HEALTH).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  @DisplayName("Commitment against expectation: the manager records what each partner delivered beside its expected "
      + "share; rows that are not the agreement's partners, or shares above 100% together, are refused")
  void contributionsAgainstExpectation() {
    // given partners expected to give half each
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(5, 4, 4, 5));
    var task = scenario.task(alliance, ReviewProcess.TASK_OBJECTIVES);
    assertThat(engine.getTaskService().getVariable(task.getId(), ReviewProcess.CONTRIBUTIONS).toString())
        .contains("\"contributionPartner\":\"city\"", "\"contributionExpected\":50.0");

    // when the rows are not the agreement's partners, or deliver more than the whole
    assertThatThrownBy(() -> scenario.submit(task, MANAGER, values("objectivesAchieved", 50, "objectiveNotes", "x",
        "contributions", json(List.of(values("contributionPartner", "someone", "deliveredShare", 10))))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("contributions")
        .hasMessageContaining("city, north");
    assertThatThrownBy(() -> scenario.submit(task, MANAGER, values("objectivesAchieved", 50, "objectiveNotes", "x",
        "contributions", json(List.of(values("contributionPartner", "city", "deliveredShare", 70),
            values("contributionPartner", "north", "deliveredShare", 40))))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("more than 100% (110%)");
    assertThat(scenario.tasks(alliance, ReviewProcess.TASK_OBJECTIVES)).hasSize(1);

    // then what each delivered is kept with the review, the one short of its commitment marked
    scenario.submit(task, MANAGER, values("objectivesAchieved", 50, "objectiveNotes", "x", "contributions",
        json(List.of(values("contributionPartner", "city", "deliveredShare", 30, "delivered", "One social worker"),
            values("contributionPartner", "north", "deliveredShare", 70, "delivered", "Nurses and beds")))));
    assertThat(reviews.contributions(alliance)).extracting(Contribution::organisationId, Contribution::expectedShare,
        Contribution::deliveredShare, Contribution::delivered, Contribution::behind)
        .containsExactly(tuple("city", 50.0, 30.0, "One social worker", true),
            tuple("north", 50.0, 70.0, "Nurses and beds", false));
  }

  /** Runs a review to its end with these answers from every partner; the format its assessments asked. */
  private String runReview(String alliance, String trigger, Map<String, Object> answers) {
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M", "reviewTrigger", trigger));
    String format = String.valueOf(engine.getTaskService().getVariable(
        scenario.task(alliance, ReviewProcess.TASK_ASSESS_HEALTH).getId(), HealthModel.REVIEW_FORMAT));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> answers);
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 80, "objectiveNotes", "On track"));
    assertThat(review).isEnded();
    return format;
  }
}
