package org.alliancecompass.membership;

import static org.alliancecompass.support.ProcessScenario.BOARD_MEMBER;
import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.json;
import static org.alliancecompass.support.ProcessScenario.representative;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.agreement.AgreementProcess;
import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.dissolution.DissolutionProcess;
import org.alliancecompass.governance.PartnerDecisionProcess;
import org.alliancecompass.review.ReviewProcess;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A partner joins the running alliance (partner-accession, then an agreement version with it) or one
 * leaves (partner-exit, then a version without it, or dissolution when too few remain), through the
 * lifecycle's event subprocesses and the forms people submit in Tasklist.
 */
@ProcessTest
class PartnerMembershipProcessTest {

  static final String[] PARTNERS = {"east-trust", "west-council", "south-care"};
  static final String NEWCOMER = "north-gp-federation";

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired RuntimeService runtime;
  @Autowired Alliances alliances;
  @Autowired Agreements agreements;
  @Autowired DecisionRegister decisions;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario.organisations(PARTNERS);
    scenario.organisations(NEWCOMER);
  }

  @Test
  @DisplayName("An organisation proposed to join assesses its fit, the partners admit it, and it signs version 2 with "
      + "them: it is a partner with a re-balanced share and is asked for its assessment at the next review")
  void accession() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();

    // when it is proposed, says it fits and would join, and the partners vote to admit it
    proposeToJoin(reference);
    scenario.complete(reference, AccessionProcess.TASK_ASSESS_FIT, representative(NEWCOMER), fit("YES"));
    assertThat(alliances.withStatus(reference, PartnerStatus.CANDIDATE)).extracting(Partner::organisationId)
        .containsExactly(NEWCOMER);
    scenario.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE,
        partner -> values(PartnerDecisionProcess.VOTE, "ADMIT", PartnerDecisionProcess.VOTE_RATIONALE, "Primary care"));

    // then the draft has a row for each of the four, the newcomer's share equal, the others' pro rata
    Task draft = scenario.task(reference, AgreementProcess.TASK_DRAFT_TERMS);
    assertThat(shares(draft)).containsEntry(NEWCOMER, 25.0).containsEntry("east-trust", 25.0)
        .containsEntry("west-council", 25.0).containsEntry("south-care", 25.0);
    assertThat(engine.getTaskService().getVariable(draft.getId(), LifecycleProcess.PARTNER_CHANGE.getName()))
        .isEqualTo(NEWCOMER_NAME + " joins the alliance");
    assertThat(alliances.current(reference)).hasSize(3); // it is no partner before the new version is in force

    // and when every one of the four signs the version, and the leadership team approves it
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms(List.of(PARTNERS[0], PARTNERS[1],
        PARTNERS[2], NEWCOMER), 40, 20, 20, 20));
    assertThat(scenario.tasks(reference, AgreementProcess.TASK_SIGN)).hasSize(4);
    scenario.eachPartner(reference, AgreementProcess.TASK_SIGN, partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, AgreementProcess.TASK_APPROVE, BOARD_MEMBER,
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "Primary care at the table"));

    // then
    assertThat(lifecycle).hasPassed(LifecycleProcess.CALL_ACCESSION, LifecycleProcess.CALL_ACCESSION_AGREEMENT,
        "Event_PartnerJoined").isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE).variables()
        .containsEntry("agreementVersion", 2);
    assertThat(alliances.current(reference)).extracting(Partner::organisationId)
        .containsExactlyInAnyOrder(PARTNERS[0], PARTNERS[1], PARTNERS[2], NEWCOMER);
    assertThat(agreements.inForce(reference)).get().satisfies(a -> assertThat(a.commitments())
        .extracting(c -> c.organisationId() + "=" + c.expectedShare())
        .containsExactlyInAnyOrder("east-trust=40.0", "west-council=20.0", "south-care=20.0", NEWCOMER + "=20.0"));
    assertThat(decisions.ofAlliance(reference)).anySatisfy(d -> {
      assertThat(d.subject()).isEqualTo("Accession of " + NEWCOMER_NAME);
      assertThat(d.decision()).isEqualTo("ADMITTED");
    });

    // and the next review asks the four partners
    scenario.fireTimer(reference, LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(scenario.tasks(reference, ReviewProcess.TASK_ASSESS_HEALTH)).extracting(scenario::partnerOf)
        .containsExactlyInAnyOrder(PARTNERS[0], PARTNERS[1], PARTNERS[2], NEWCOMER);
  }

  @Test
  @DisplayName("An organisation the partners decline does not join: no new agreement version, the alliance goes on")
  void accessionDeclined() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    proposeToJoin(reference);
    scenario.complete(reference, AccessionProcess.TASK_ASSESS_FIT, representative(NEWCOMER), fit("YES"));

    // when
    scenario.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE,
        partner -> values(PartnerDecisionProcess.VOTE, "DECLINE", PartnerDecisionProcess.VOTE_RATIONALE, "Not now"));

    // then
    assertThat(lifecycle).hasPassed("Event_AccessionDeclined").hasNotPassed(LifecycleProcess.CALL_ACCESSION_AGREEMENT)
        .isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE).variables().containsEntry("agreementVersion", 1);
    assertThat(alliances.withStatus(reference, PartnerStatus.NOT_SELECTED)).extracting(Partner::organisationId)
        .containsExactly(NEWCOMER);
    assertThat(alliances.current(reference)).hasSize(3);
    assertThat(decisions.ofAlliance(reference)).anySatisfy(d -> {
      assertThat(d.subject()).isEqualTo("Accession of " + NEWCOMER_NAME);
      assertThat(d.decision()).isEqualTo("DECLINED");
    });
  }

  @Test
  @DisplayName("An organisation that says it would not join is not put to the partners")
  void accessionNotWilling() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    proposeToJoin(reference);

    // when
    scenario.complete(reference, AccessionProcess.TASK_ASSESS_FIT, representative(NEWCOMER), fit("NO"));

    // then
    assertThat(lifecycle).hasPassed("Event_AccessionDeclined").isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(PartnerDecisionProcess.KEY).count()).isZero();
    assertThat(decisions.ofAlliance(reference)).anySatisfy(d -> assertThat(d.decision()).isEqualTo("NOT_WILLING"));
  }

  @Test
  @DisplayName("A partner leaves once its exit obligations are settled (the managers follow up what was outstanding); "
      + "the two who remain sign version 2 without it, with their shares re-balanced")
  void exit() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();

    // when its exit starts and the managers agree its obligations
    leave(reference, "south-care");
    scenario.complete(reference, ExitProcess.TASK_AGREE_TERMS, MANAGER, exitTerms());

    // and it says some are outstanding, the managers follow up, and it confirms them settled
    scenario.complete(reference, ExitProcess.TASK_CONFIRM_SETTLED, representative("south-care"),
        values(ExitProcess.SETTLEMENT, DissolutionProcess.OUTSTANDING, ExitProcess.OUTSTANDING_TEXT, "Data not returned"));
    assertThat(alliances.current(reference)).hasSize(3);
    scenario.complete(reference, ExitProcess.TASK_FOLLOW_UP, MANAGER,
        values(ExitProcess.FOLLOW_UP_NOTE, "Return the records by Friday"));
    assertThat(engine.getTaskService().getVariable(scenario.task(reference, ExitProcess.TASK_CONFIRM_SETTLED).getId(),
        ExitProcess.FOLLOW_UP_SHOWN.getName())).isEqualTo("Return the records by Friday");
    scenario.complete(reference, ExitProcess.TASK_CONFIRM_SETTLED, representative("south-care"),
        values(ExitProcess.SETTLEMENT, DissolutionProcess.SETTLED));

    // then it has left, and the draft for the two who remain has their shares re-balanced to 50 each
    assertThat(alliances.withStatus(reference, PartnerStatus.EXITED)).extracting(Partner::organisationId)
        .containsExactly("south-care");
    Task draft = scenario.task(reference, AgreementProcess.TASK_DRAFT_TERMS);
    assertThat(shares(draft)).containsOnlyKeys("east-trust", "west-council").containsEntry("east-trust", 50.0)
        .containsEntry("west-council", 50.0);

    // and when they sign it and the leadership team approves
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER,
        terms(List.of("east-trust", "west-council"), 60, 40));
    assertThat(scenario.tasks(reference, AgreementProcess.TASK_SIGN)).extracting(scenario::partnerOf)
        .containsExactlyInAnyOrder("east-trust", "west-council");
    scenario.eachPartner(reference, AgreementProcess.TASK_SIGN, partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, AgreementProcess.TASK_APPROVE, BOARD_MEMBER,
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "Two partners go on"));

    // then
    assertThat(lifecycle).hasPassed(LifecycleProcess.CALL_EXIT, LifecycleProcess.CALL_EXIT_AGREEMENT, "Event_ExitAgreed")
        .isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE).variables().containsEntry("agreementVersion", 2);
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.ACTIVE);
    assertThat(decisions.ofAlliance(reference)).extracting(d -> d.subject() + ": " + d.decision())
        .contains("Exit obligations of South care: AGREED", "Exit obligations of South care: OUTSTANDING",
            "Exit obligations of South care: FOLLOWED_UP", "Exit obligations of South care: SETTLED",
            "Partner left: South care: EXITED");
  }

  @Test
  @DisplayName("When one of two partners leaves, the alliance is dissolved")
  void exitLeavesTooFew() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS[0], PARTNERS[1]);
    String reference = lifecycle.getBusinessKey();

    // when
    leave(reference, PARTNERS[1]);
    scenario.complete(reference, ExitProcess.TASK_AGREE_TERMS, MANAGER, exitTerms());
    scenario.complete(reference, ExitProcess.TASK_CONFIRM_SETTLED, representative(PARTNERS[1]),
        values(ExitProcess.SETTLEMENT, DissolutionProcess.SETTLED));

    // then
    assertThat(lifecycle).hasPassed("Event_TooFewPartners", "Event_DissolveDecided")
        .hasNotPassed(LifecycleProcess.CALL_EXIT_AGREEMENT).isWaitingAt(LifecycleProcess.CALL_DISSOLUTION);
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.DISSOLVING);
    assertThat(scenario.tasks(reference, DissolutionProcess.TASK_EXIT_PLAN)).hasSize(1);
  }

  static final String NEWCOMER_NAME = "North gp federation";

  private void proposeToJoin(String reference) {
    runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_ACCESSION).processInstanceBusinessKey(reference)
        .setVariable(LifecycleProcess.JOINING_PARTNER.getName(), NEWCOMER)
        .setVariable(LifecycleProcess.JOINING_PARTNER_NAME.getName(), NEWCOMER_NAME)
        .setVariable(LifecycleProcess.ACCESSION_REASON.getName(), "Primary care should be in the alliance")
        .setVariable(LifecycleProcess.MEMBERSHIP_REQUESTED_BY.getName(), "mia for the alliance managers")
        .correlate();
    scenario.executeJobs();
  }

  private void leave(String reference, String partner) {
    runtime.createMessageCorrelation(LifecycleProcess.MESSAGE_EXIT).processInstanceBusinessKey(reference)
        .setVariable(LifecycleProcess.EXITING_PARTNER.getName(), partner)
        .setVariable(LifecycleProcess.EXITING_PARTNER_NAME.getName(),
            partner.substring(0, 1).toUpperCase() + partner.substring(1).replace('-', ' '))
        .setVariable(LifecycleProcess.EXIT_REASON.getName(), "Its board decided to leave")
        .correlate();
    scenario.executeJobs();
  }

  static Map<String, Object> exitTerms() {
    return values(ExitProcess.SERVICES_AND_PATIENTS, "Community beds pass to East Trust",
        ExitProcess.DATA, "Shared care records returned", ExitProcess.ASSETS, "Seconded staff return",
        ExitProcess.MONEY, "Final gain share paid at year end", ExitProcess.EXIT_DATE,
        LocalDate.now().plusMonths(2).toString());
  }

  static Map<String, Object> fit(String willing) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String key : List.of("strategicFit", "goalCongruence", "incentiveCongruence", "culturalCompatibility",
        "timeHorizonAlignment", "complementaryCapabilities")) {
      values.put(key, "4");
    }
    values.put("opportunismRisk", "2");
    values.put("willingToJoin", willing);
    return values;
  }

  /** The shares of the draft's commitment rows, by organisation. */
  @SuppressWarnings("unchecked")
  private Map<String, Double> shares(Task draft) {
    Object rows = engine.getTaskService().getVariable(draft.getId(), AgreementProcess.PARTNER_COMMITMENTS);
    List<Map<String, Object>> list = (List<Map<String, Object>>) org.alliancecompass.taskform.PlainValues.plain(rows);
    Map<String, Double> shares = new LinkedHashMap<>();
    list.forEach(row -> shares.put(String.valueOf(row.get(AgreementProcess.COMMITMENT_ORGANISATION_ID)),
        ((Number) row.get(AgreementProcess.COMMITMENT_EXPECTED_SHARE)).doubleValue()));
    return shares;
  }

  static Map<String, Object> terms(List<String> partners, double... shares) {
    List<Map<String, Object>> commitments = new ArrayList<>();
    for (int i = 0; i < partners.size(); i++) {
      commitments.add(Map.of("organisationId", partners.get(i), "organisationName", partners.get(i),
          "commitment", "Staff and services", "expectedShare", shares[i]));
    }
    return values("formality", "INFORMAL", "coordination", "HIGH", "governance", "Monthly leadership team",
        "decisionRule", "UNANIMOUS", "partnerCommitments", json(commitments), "riskGainShare", "Pro rata",
        "objectivesAndKpis", "Admissions down 10%", "reviewCycle", "P3M", "exitProvisions", "Six months' notice");
  }
}
