package org.alliancecompass.review;

import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.health;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;

import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class AllianceReviewProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired ReviewRepository reviews;

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
        .hasNotPassed(ReviewProcess.TASK_RECONCILE, ReviewProcess.TASK_IMPROVEMENT_PLAN, ReviewProcess.TASK_VOTE)
        .variables().containsEntry("gateOutcome", "HEALTHY").containsEntry("trustScore", 100.0)
        .containsEntry("decisionMakingScore", 75.0).containsEntry("overallScore", 87.5)
        .containsEntry("perceptionGap", 0.0).containsEntry("responseRate", 1.0)
        .containsEntry("reviewDecision", "CONTINUE");
    Review closed = reviews.ofAlliance(alliance).get(0);
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.objectivesAchieved()).isEqualTo(70);
  }
}
