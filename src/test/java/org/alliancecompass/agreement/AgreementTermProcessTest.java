package org.alliancecompass.agreement;

import static org.alliancecompass.support.ProcessScenario.BOARD_MEMBER;
import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.json;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.dissolution.DissolutionProcess;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The term of the agreement: its notice timer follows the version in force, and at the notice date
 * the leadership team renews it (to a new end day, or with a variation) or lets it end.
 */
@ProcessTest
class AgreementTermProcessTest {

  static final String[] PARTNERS = {"harbour-trust", "harbour-council"};
  static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired Alliances alliances;
  @Autowired Agreements agreements;
  @Autowired DecisionRegister decisions;

  @BeforeEach
  void setUp() {
    init(engine);
    scenario.organisations(PARTNERS);
  }

  @Test
  @DisplayName("An agreement without an end date has a notice timer that never comes due")
  void openEnded() {
    // when
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);

    // then
    assertThat(noticeTimer(lifecycle, LifecycleProcess.EVENT_TERM_NOTICE).getDuedate())
        .isEqualTo(Date.from(AgreementTerms.NO_NOTICE));
  }

  @Test
  @DisplayName("A variation that gives the agreement an end moves the notice timer to its notice date")
  void variationSetsTerm() {
    // given an open-ended agreement
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();

    // when a variation gives it an end a year ahead with six months' notice
    LocalDate end = TODAY.plusYears(1);
    vary(reference, end.toString(), "P6M");

    // then
    assertThat(noticeTimer(lifecycle, LifecycleProcess.EVENT_TERM_NOTICE).getDuedate())
        .isEqualTo(startOf(end.minusMonths(6)));
    assertThat(agreements.inForce(reference)).get().extracting(Agreement::term)
        .isEqualTo(new Term(end, "P6M"));
  }

  @Test
  @DisplayName("A draft whose notice date has passed is refused, naming the end day; the task stays open")
  void noticeDatePassed() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    variation(reference);

    // when / then: ending in two months with three months' notice
    Task draft = scenario.task(reference, AgreementProcess.TASK_DRAFT_TERMS);
    assertThatThrownBy(() -> scenario.submit(draft, MANAGER, terms(TODAY.plusMonths(2).toString(), "P3M")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("validUntil")
        .hasMessageContaining("notice date");
    assertThat(scenario.tasks(reference, AgreementProcess.TASK_DRAFT_TERMS)).hasSize(1);
  }

  @Test
  @DisplayName("At the notice date the leadership team renews the agreement to a new end day: the term runs on and "
      + "the next notice timer waits for the renewed term")
  void renewal() {
    // when the notice timer fires
    ProcessInstance lifecycle = atNoticeDate();
    String reference = lifecycle.getBusinessKey();
    Task decide = scenario.task(reference, LifecycleProcess.TASK_DECIDE_RENEWAL);
    assertThat(engine.getTaskService().getVariable(decide.getId(), LifecycleProcess.TERM_IN_FORCE).toString())
        .startsWith("until ").endsWith("3 months' notice");

    // then a renewal to a day whose notice has passed is refused, naming the field
    assertThatThrownBy(() -> scenario.submit(decide, BOARD_MEMBER, values(LifecycleProcess.RENEWAL_DECISION,
        LifecycleProcess.RENEW, LifecycleProcess.RENEWED_UNTIL, TODAY.plusMonths(1).toString(),
        LifecycleProcess.RENEWAL_RATIONALE, "Good results")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(LifecycleProcess.RENEWED_UNTIL);

    // and when it renews for two years
    LocalDate renewed = TODAY.plusYears(2);
    scenario.complete(reference, LifecycleProcess.TASK_DECIDE_RENEWAL, BOARD_MEMBER, values(
        LifecycleProcess.RENEWAL_DECISION, LifecycleProcess.RENEW, LifecycleProcess.RENEWED_UNTIL, renewed.toString(),
        LifecycleProcess.RENEWAL_RATIONALE, "Admissions are down; two more years"));

    // then
    assertThat(lifecycle).isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE, LifecycleProcess.EVENT_NEXT_TERM_NOTICE);
    assertThat(agreements.inForce(reference)).get().extracting(Agreement::term).isEqualTo(new Term(renewed, "P3M"));
    assertThat(noticeTimer(lifecycle, LifecycleProcess.EVENT_NEXT_TERM_NOTICE).getDuedate())
        .isEqualTo(startOf(renewed.minusMonths(3)));
    assertThat(decisions.ofAlliance(reference)).anySatisfy(d -> {
      assertThat(d.subject()).isEqualTo("Renewal of agreement version 1");
      assertThat(d.decision()).isEqualTo("RENEWED");
    });

    // and at the renewed term's notice date it is asked again
    scenario.fireTimer(reference, LifecycleProcess.EVENT_NEXT_TERM_NOTICE);
    assertThat(scenario.tasks(reference, LifecycleProcess.TASK_DECIDE_RENEWAL)).hasSize(1);
  }

  @Test
  @DisplayName("At the notice date the leadership team lets the agreement end: the alliance is dissolved")
  void nonRenewal() {
    // given
    ProcessInstance lifecycle = atNoticeDate();
    String reference = lifecycle.getBusinessKey();

    // when
    scenario.complete(reference, LifecycleProcess.TASK_DECIDE_RENEWAL, BOARD_MEMBER, values(
        LifecycleProcess.RENEWAL_DECISION, LifecycleProcess.LET_END, LifecycleProcess.RENEWAL_RATIONALE,
        "The pilot has done its work"));

    // then
    assertThat(lifecycle).hasPassed("Event_TermEnds", "Event_DissolveDecided")
        .isWaitingAt(LifecycleProcess.CALL_DISSOLUTION);
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.DISSOLVING);
    assertThat(scenario.tasks(reference, DissolutionProcess.TASK_EXIT_PLAN)).hasSize(1);
    assertThat(decisions.ofAlliance(reference)).anySatisfy(d -> assertThat(d.decision()).isEqualTo("NOT_RENEWED"));
  }

  @Test
  @DisplayName("At the notice date the leadership team renews with a variation: the new version's term is in force "
      + "and the next notice timer waits for it")
  void renewalWithVariation() {
    // given
    ProcessInstance lifecycle = atNoticeDate();
    String reference = lifecycle.getBusinessKey();

    // when it decides to renew with a variation, and the changed terms run three more years
    scenario.complete(reference, LifecycleProcess.TASK_DECIDE_RENEWAL, BOARD_MEMBER, values(
        LifecycleProcess.RENEWAL_DECISION, LifecycleProcess.RENEW_WITH_VARIATION, LifecycleProcess.RENEWAL_RATIONALE,
        "Renew, with the council's larger share"));
    assertThat(lifecycle).isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE, LifecycleProcess.CALL_RENEWAL_VARIATION);
    LocalDate end = TODAY.plusYears(3);
    signAndApprove(reference, terms(end.toString(), "P6M"));

    // then
    assertThat(lifecycle).isWaitingAt(LifecycleProcess.EVENT_REVIEW_DUE, LifecycleProcess.EVENT_NEXT_TERM_NOTICE)
        .variables().containsEntry("agreementVersion", 2);
    assertThat(noticeTimer(lifecycle, LifecycleProcess.EVENT_NEXT_TERM_NOTICE).getDuedate())
        .isEqualTo(startOf(end.minusMonths(6)));
  }

  @Test
  @DisplayName("An agreement that names a leadership team: once in force, its members (a group of the alliance's "
      + "own) approve the next version instead of the portfolio's board; a member of another organisation is refused")
  void leadershipTeam() {
    // given
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", PARTNERS);
    String reference = lifecycle.getBusinessKey();
    variation(reference);
    Task draft = scenario.task(reference, AgreementProcess.TASK_DRAFT_TERMS);

    // when a member sits for an organisation that is not theirs, the draft is refused, naming the field
    assertThatThrownBy(() -> scenario.submit(draft, MANAGER, withTeam(
        ProcessScenario.representative(PARTNERS[1]), ProcessScenario.representative(PARTNERS[1]))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("partnerCommitments")
        .hasMessageContaining("is not a user of " + PARTNERS[0]);

    // when each partner's representative is named, and the version is signed and approved by the board
    signAndApprove(reference, withTeam(ProcessScenario.representative(PARTNERS[0]),
        ProcessScenario.representative(PARTNERS[1])));

    // then the team decides the next version's approval
    assertThat(agreements.leadershipTeam(reference).users()).containsExactlyInAnyOrder(
        ProcessScenario.representative(PARTNERS[0]), ProcessScenario.representative(PARTNERS[1]));
    assertThat(engine.getIdentityService().createUserQuery()
        .memberOfGroup(org.alliancecompass.identity.Groups.leadershipTeam(reference)).count()).isEqualTo(2);
    variation(reference);
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, withTeam(
        ProcessScenario.representative(PARTNERS[0]), ProcessScenario.representative(PARTNERS[1])));
    scenario.eachPartner(reference, AgreementProcess.TASK_SIGN, partner -> values("signatureDecision", "SIGN"));
    Task approval = scenario.task(reference, AgreementProcess.TASK_APPROVE);
    assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
        .extracting(link -> link.getGroupId()).contains(org.alliancecompass.identity.Groups.leadershipTeam(reference))
        .doesNotContain(org.alliancecompass.identity.Groups.BOARD);
    scenario.submit(approval, ProcessScenario.representative(PARTNERS[0]),
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "The team agrees"));
    scenario.executeJobs();
    assertThat(lifecycle).variables().containsEntry("agreementVersion", 3);
  }

  /** Open-ended terms whose two commitment rows name these users to the leadership team. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> withTeam(String first, String second) {
    Map<String, Object> terms = terms(null, "P3M");
    List<Map<String, Object>> rows = new ArrayList<>();
    String[] members = {first, second};
    for (int i = 0; i < PARTNERS.length; i++) {
      Map<String, Object> row = new java.util.LinkedHashMap<>(Map.of("organisationId", PARTNERS[i], "organisationName",
          PARTNERS[i], "commitment", "Services", "expectedShare", 50.0));
      row.put(AgreementProcess.COMMITMENT_LEADERSHIP_MEMBER, members[i]);
      rows.add(row);
    }
    terms.put("partnerCommitments", json(rows));
    return terms;
  }

  /** An agreement ending in two months with three months' notice, its notice timer fired. */
  private ProcessInstance atNoticeDate() {
    ProcessInstance lifecycle = scenario.activeLifecycle("UNANIMOUS", new Term(TODAY.plusMonths(2), "P3M"), PARTNERS);
    scenario.fireTimer(lifecycle.getBusinessKey(), LifecycleProcess.EVENT_TERM_NOTICE);
    return lifecycle;
  }

  private void variation(String reference) {
    engine.getRuntimeService().createMessageCorrelation(LifecycleProcess.MESSAGE_VARIATION)
        .processInstanceBusinessKey(reference)
        .setVariable(LifecycleProcess.VARIATION_REASON.getName(), "A term for the agreement").correlate();
    scenario.executeJobs();
  }

  private void vary(String reference, String validUntil, String notice) {
    variation(reference);
    signAndApprove(reference, terms(validUntil, notice));
  }

  private void signAndApprove(String reference, Map<String, Object> draft) {
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, draft);
    scenario.eachPartner(reference, AgreementProcess.TASK_SIGN, partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, AgreementProcess.TASK_APPROVE, BOARD_MEMBER,
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "Clear term"));
  }

  private Job noticeTimer(ProcessInstance lifecycle, String activity) {
    return engine.getManagementService().createJobQuery().timers().processInstanceId(lifecycle.getId())
        .activityId(activity).singleResult();
  }

  private static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  static Map<String, Object> terms(String validUntil, String notice) {
    List<Map<String, Object>> commitments = new ArrayList<>();
    for (String partner : PARTNERS) {
      commitments.add(Map.of("organisationId", partner, "organisationName", partner, "commitment", "Services",
          "expectedShare", 50.0));
    }
    Map<String, Object> terms = values("formality", "INFORMAL", "coordination", "HIGH", "governance", "Board",
        "decisionRule", "UNANIMOUS", "partnerCommitments", json(commitments), "riskGainShare", "Pro rata",
        "objectivesAndKpis", "Admissions down", "reviewCycle", "P3M", "exitProvisions", "Notice");
    terms.put(AgreementProcess.VALID_UNTIL, validUntil);
    terms.put(AgreementProcess.NOTICE_PERIOD, notice);
    terms.put(AgreementProcess.VARIATION_DECISION, "PROCEED"); // each draft here varies the terms in force
    return terms;
  }
}
