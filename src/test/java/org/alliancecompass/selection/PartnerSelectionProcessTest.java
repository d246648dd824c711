package org.alliancecompass.selection;

import static org.alliancecompass.support.ProcessScenario.BOARD_MEMBER;
import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.json;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.alliancecompass.alliance.PartnerStatus;

@ProcessTest
class PartnerSelectionProcessTest {

  static final List<String> CANDIDATES = List.of("alpha-trust", "beta-council", "gamma-care");

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired Alliances alliances;
  @Autowired DecisionRegister decisions;

  String reference;
  ProcessInstance selection;

  @BeforeEach
  void proposedAlliance() {
    init(engine);
    scenario.organisations(CANDIDATES.toArray(String[]::new));
    reference = alliances.nextReference();
    alliances.register(Alliance.proposed(reference, "Selection test", AllianceType.JOINT_VENTURE, "Purpose",
        "Objectives", ReviewCycle.DEFAULT, MANAGER, null));
    selection = scenario.start(SelectionProcess.KEY, reference, values("objectives", "Objectives"));
    scenario.complete(reference, SelectionProcess.TASK_DEFINE_CRITERIA, MANAGER,
        values("objectives", "Fewer admissions", "partnerCriteria", "Reach into homes"));
  }

  @Test
  @DisplayName("Candidates assess their fit, are ranked, the manager selects, the board approves")
  void selectionApproved() {
    // when
    scenario.complete(reference, SelectionProcess.TASK_NOMINATE, MANAGER, values("candidates", json(CANDIDATES)));
    scenario.eachPartner(reference, SelectionProcess.TASK_ASSESS_FIT, candidate ->
        fit(candidate.equals("alpha-trust") ? 5 : candidate.equals("beta-council") ? 3 : 4, "YES"));
    assertThat(selection).isWaitingAt(SelectionProcess.TASK_SELECT);
    scenario.complete(reference, SelectionProcess.TASK_SELECT, MANAGER,
        values("selectedPartners", json(List.of("alpha-trust", "gamma-care")), "selectionRationale", "Top two"));
    scenario.complete(reference, SelectionProcess.TASK_APPROVE, BOARD_MEMBER,
        values("selectionDecision", "APPROVE", "selectionDecisionReason", "Agreed"));

    // then
    assertThat(selection).isEnded().hasPassed("Task_RankCandidates", "Task_ConfirmPartners");
    Map<String, Partner> byId = byId(alliances.partners(reference));
    assertThat(byId.get("alpha-trust").fitRank()).isEqualTo(1);
    assertThat(byId.get("alpha-trust").fitScore()).isEqualTo(100.0);
    assertThat(byId.get("gamma-care").fitRank()).isEqualTo(2);
    assertThat(byId.get("beta-council").fitScore()).isEqualTo(50.0);
    assertThat(byId.get("alpha-trust").status()).isEqualTo(PartnerStatus.SELECTED);
    assertThat(byId.get("beta-council").status()).isEqualTo(PartnerStatus.NOT_SELECTED);
    assertThat(decisions.ofAlliance(reference)).extracting(Decision::decision).contains("NOMINATE", "SELECT", "APPROVE");
  }

  @Test
  @DisplayName("The board sends the selection back: the manager nominates again and sees the reason")
  void selectionRejected() {
    // given
    scenario.complete(reference, SelectionProcess.TASK_NOMINATE, MANAGER, values("candidates", json(CANDIDATES)));
    scenario.eachPartner(reference, SelectionProcess.TASK_ASSESS_FIT, candidate -> fit(4, "YES"));
    scenario.complete(reference, SelectionProcess.TASK_SELECT, MANAGER,
        values("selectedPartners", json(List.of("alpha-trust", "beta-council")), "selectionRationale", "Cheapest"));

    // when
    scenario.complete(reference, SelectionProcess.TASK_APPROVE, BOARD_MEMBER,
        values("selectionDecision", "REJECT", "selectionDecisionReason", "Social care is missing"));

    // then
    assertThat(selection).hasPassedInOrder(SelectionProcess.TASK_APPROVE, "Gateway_SelectionApproved", "Gateway_NominationRound")
        .isWaitingAt(SelectionProcess.TASK_NOMINATE);
    assertThat(engine.getTaskService().getVariable(scenario.task(reference, SelectionProcess.TASK_NOMINATE).getId(),
        "selectionDecisionReason")).isEqualTo("Social care is missing");
  }

  @Test
  @DisplayName("Candidates that do not answer by the deadline are ranked last and cannot be selected")
  void assessmentDeadline() {
    // given
    scenario.complete(reference, SelectionProcess.TASK_NOMINATE, MANAGER, values("candidates", json(CANDIDATES)));
    var first = scenario.tasks(reference, SelectionProcess.TASK_ASSESS_FIT).get(0);
    scenario.submit(first, ProcessScenario.representative(scenario.partnerOf(first)), fit(4, "NO"));
    scenario.executeJobs();

    // when
    scenario.fireTimer(reference, SelectionProcess.EVENT_ASSESSMENT_DEADLINE);

    // then
    assertThat(selection).hasPassed("Event_CandidateAssessmentDeadline").isWaitingAt(SelectionProcess.TASK_SELECT);
    assertThat(scenario.tasks(reference, SelectionProcess.TASK_ASSESS_FIT)).isEmpty();
    Object options = org.alliancecompass.taskform.PlainValues.plain(engine.getRuntimeService()
        .getVariable(selection.getId(), SelectionProcess.CANDIDATE_OPTIONS));
    assertThat((List<?>) options).as("nobody willing and answered: nobody to select").isEmpty();
  }

  @Test
  @DisplayName("The person who selected the partners cannot approve their own selection")
  void fourEyes() {
    // given a manager who also sits on the leadership team
    scenario.complete(reference, SelectionProcess.TASK_NOMINATE, MANAGER, values("candidates", json(CANDIDATES)));
    scenario.eachPartner(reference, SelectionProcess.TASK_ASSESS_FIT, candidate -> fit(4, "YES"));
    engine.getIdentityService().createMembership(ProcessScenario.SECOND_BOARD_MEMBER, "alliance-managers");
    try {
      scenario.complete(reference, SelectionProcess.TASK_SELECT, ProcessScenario.SECOND_BOARD_MEMBER,
          values("selectedPartners", json(List.of("alpha-trust", "beta-council")), "selectionRationale", "Mine"));

      // when / then
      var approval = scenario.task(reference, SelectionProcess.TASK_APPROVE);
      assertThatThrownBy(() -> scenario.submit(approval, ProcessScenario.SECOND_BOARD_MEMBER,
          values("selectionDecision", "APPROVE", "selectionDecisionReason", "Fine by me")))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("selectionDecision")
          .hasMessageContaining("another member of the leadership team");
      assertThat(selection).isWaitingAt(SelectionProcess.TASK_APPROVE);
    } finally {
      engine.getIdentityService().deleteMembership(ProcessScenario.SECOND_BOARD_MEMBER, "alliance-managers");
    }
  }

  @Test
  @DisplayName("An alliance needs at least two candidates: nominating one is refused and the task stays open")
  void atLeastTwoCandidates() {
    var nomination = scenario.task(reference, SelectionProcess.TASK_NOMINATE);
    assertThatThrownBy(() -> scenario.submit(nomination, MANAGER, values("candidates", json(List.of("alpha-trust")))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("candidates");
    assertThat(selection).isWaitingAt(SelectionProcess.TASK_NOMINATE);
  }

  static Map<String, Object> fit(int answer, String willing) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (FitScoring.Criterion criterion : FitScoring.Criterion.values()) {
      values.put(criterion.key(), String.valueOf(criterion == FitScoring.Criterion.OPPORTUNISM_RISK ? 6 - answer : answer));
    }
    values.put("willingToJoin", willing);
    values.put("fitComment", "We can do this");
    return values;
  }

  static Map<String, Partner> byId(List<Partner> partners) {
    Map<String, Partner> byId = new LinkedHashMap<>();
    partners.forEach(p -> byId.put(p.organisationId(), p));
    return byId;
  }
}
