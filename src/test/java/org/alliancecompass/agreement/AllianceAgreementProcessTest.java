package org.alliancecompass.agreement;

import static org.alliancecompass.support.ProcessScenario.BOARD_MEMBER;
import static org.alliancecompass.support.ProcessScenario.LAWYER;
import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.json;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.alliancecompass.work.ChasingPolicy;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ProcessTest
class AllianceAgreementProcessTest {

  static final String[] PARTNERS = {"delta-trust", "epsilon-council"};

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired Agreements agreements;
  @Autowired Alliances alliances;
  @Autowired DecisionRegister decisions;

  String reference;
  ProcessInstance agreement;

  @BeforeEach
  void selectedPartners() {
    init(engine);
    reference = scenario.agreeingAlliance(PARTNERS);
    agreement = scenario.start(AgreementProcess.KEY, reference, values("reviewCycle", "P3M", "objectives", "Objectives"));
  }

  @Test
  @DisplayName("Formal terms pass legal review, every partner signs, the board approves: version 1 is in force")
  void formalAgreement() {
    // when
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms("FORMAL", 60, 40));
    scenario.complete(reference, AgreementProcess.TASK_LEGAL_REVIEW, LAWYER, values("legalDecision", "APPROVE", "legalComments", "Sound"));
    scenario.eachPartner(reference, AgreementProcess.TASK_SIGN, partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, AgreementProcess.TASK_APPROVE, BOARD_MEMBER,
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "Good"));

    // then
    assertThat(agreement).isEnded().hasPassed(AgreementProcess.TASK_LEGAL_REVIEW, "Task_RecordAgreement")
        .variables().containsEntry("agreementVersion", 1);
    Agreement inForce = agreements.inForce(reference).orElseThrow();
    assertThat(inForce.formality()).isEqualTo("FORMAL");
    assertThat(inForce.commitments()).extracting(Agreement.Commitment::expectedShare).containsExactlyInAnyOrder(60.0, 40.0);
    assertThat(alliances.partners(reference)).extracting(Partner::expectedShare).containsExactlyInAnyOrder(60.0, 40.0);
    assertThat(decisions.ofAlliance(reference)).extracting(Decision::decision)
        .containsExactly("APPROVE", "SIGN", "SIGN", "APPROVE");
  }

  @Test
  @DisplayName("A mutual understanding needs no legal review")
  void informalAgreement() {
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms("INFORMAL", 50, 50));
    assertThat(agreement).isWaitingAt(AgreementProcess.TASK_SIGN).hasNotPassed(AgreementProcess.TASK_LEGAL_REVIEW);
  }

  @Test
  @DisplayName("Legal returns the draft: the manager redrafts with the reason shown, as version 2")
  void legalReturnsDraft() {
    // given
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms("FORMAL", 50, 50));

    // when
    scenario.complete(reference, AgreementProcess.TASK_LEGAL_REVIEW, LAWYER,
        values("legalDecision", "REJECT", "legalComments", "Liability clause missing"));

    // then
    Task redraft = scenario.task(reference, AgreementProcess.TASK_DRAFT_TERMS);
    assertThat(engine.getTaskService().getVariable(redraft.getId(), "agreementReturnReason").toString())
        .contains("Liability clause missing");
    assertThat(engine.getTaskService().getVariable(redraft.getId(), "draftVersion")).isEqualTo(2);
    assertThat(agreements.latest(reference).orElseThrow().status()).isEqualTo(AgreementStatus.RETURNED);
  }

  @Test
  @DisplayName("A partner declines to sign: signing stops and the draft returns to the manager")
  void partnerDeclines() {
    // given
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms("INFORMAL", 50, 50));
    List<Task> signatures = scenario.tasks(reference, AgreementProcess.TASK_SIGN);

    // when
    scenario.submit(signatures.get(0), ProcessScenario.representative(scenario.partnerOf(signatures.get(0))),
        values("signatureDecision", "DECLINE", "declineReason", "Our share is too high"));
    scenario.executeJobs();

    // then
    assertThat(agreement).hasPassed("Gateway_AllSigned", "Gateway_Returned").isWaitingAt(AgreementProcess.TASK_DRAFT_TERMS);
    assertThat(scenario.tasks(reference, AgreementProcess.TASK_SIGN)).isEmpty();
  }

  @Test
  @DisplayName("A partner that declines must say why; signing needs no reason")
  void declineNeedsReason() {
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms("INFORMAL", 50, 50));
    Task signature = scenario.tasks(reference, AgreementProcess.TASK_SIGN).get(0);
    String representative = ProcessScenario.representative(scenario.partnerOf(signature));
    assertThatThrownBy(() -> scenario.submit(signature, representative, values("signatureDecision", "DECLINE")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("declineReason");
  }

  @Test
  @DisplayName("The board rejects the signed agreement: back to drafting")
  void boardRejects() {
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms("INFORMAL", 50, 50));
    scenario.eachPartner(reference, AgreementProcess.TASK_SIGN, partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, AgreementProcess.TASK_APPROVE, BOARD_MEMBER,
        values("agreementDecision", "REJECT", "agreementDecisionReason", "Exit terms too weak"));
    assertThat(agreement).isWaitingAt(AgreementProcess.TASK_DRAFT_TERMS);
  }

  @Test
  @DisplayName("Partners slow to sign are reminded: their tasks move up in Tasklist with a comment")
  void signatureReminder() {
    // given
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms("INFORMAL", 50, 50));

    // when
    scenario.fireTimeout(reference, AgreementProcess.TASK_SIGN, ChasingPolicy.REMINDER);

    // then
    assertThat(agreement).isWaitingAt(AgreementProcess.TASK_SIGN);
    for (Task signature : scenario.tasks(reference, AgreementProcess.TASK_SIGN)) {
      assertThat(signature.getPriority()).isEqualTo(80);
      assertThat(engine.getTaskService().getTaskComments(signature.getId()))
          .anySatisfy(c -> assertThat(c.getFullMessage()).startsWith("Reminder"));
    }
  }

  @Test
  @DisplayName("Shares of involvement must add up to 100: a draft adding up to 90 is refused, the task stays open")
  void sharesAddUpTo100() {
    Task draft = scenario.task(reference, AgreementProcess.TASK_DRAFT_TERMS);
    assertThatThrownBy(() -> scenario.submit(draft, MANAGER, terms("FORMAL", 50, 40)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("partnerCommitments")
        .hasMessageContaining("add up to 90%");
    assertThat(agreement).isWaitingAt(AgreementProcess.TASK_DRAFT_TERMS);
    assertThat(agreements.latest(reference)).isEmpty();
  }

  @Test
  @DisplayName("KPIs come into force with the agreement, and a redraft starts from them")
  void kpisWithTheAgreement() {
    // when the terms carry two KPIs and the draft is returned once
    Map<String, Object> terms = terms("FORMAL", 50, 50);
    terms.put("kpis", json(List.of(
        kpi("Emergency admissions", "per 1,000 a quarter", "LOWER", 62, 53, 62),
        kpi("Care plans", "% of the register", "HIGHER", 35, 90, 50))));
    scenario.complete(reference, AgreementProcess.TASK_DRAFT_TERMS, MANAGER, terms);
    scenario.complete(reference, AgreementProcess.TASK_LEGAL_REVIEW, LAWYER,
        values("legalDecision", "REJECT", "legalComments", "Name the data source of each KPI"));

    // then the redraft shows the KPIs as written
    Task redraft = scenario.task(reference, AgreementProcess.TASK_DRAFT_TERMS);
    assertThat(engine.getTaskService().getVariable(redraft.getId(), "kpis").toString())
        .contains("Emergency admissions", "Care plans");

    // and once signed and approved, the agreement in force measures them
    scenario.submit(redraft, MANAGER, terms);
    scenario.complete(reference, AgreementProcess.TASK_LEGAL_REVIEW, LAWYER, values("legalDecision", "APPROVE", "legalComments", "Sound"));
    scenario.eachPartner(reference, AgreementProcess.TASK_SIGN, partner -> values("signatureDecision", "SIGN"));
    scenario.complete(reference, AgreementProcess.TASK_APPROVE, BOARD_MEMBER,
        values("agreementDecision", "APPROVE", "agreementDecisionReason", "Good"));
    assertThat(agreements.kpisInForce(reference)).containsExactly(
        new Kpi("Emergency admissions", "per 1,000 a quarter", KpiDirection.LOWER, 62, 53, 62),
        new Kpi("Care plans", "% of the register", KpiDirection.HIGHER, 35, 90, 50));
  }

  @Test
  @DisplayName("A KPI whose minimum is better than its target, or a KPI named twice, is refused naming kpis")
  void kpiRules() {
    Task draft = scenario.task(reference, AgreementProcess.TASK_DRAFT_TERMS);
    Map<String, Object> beyond = terms("FORMAL", 50, 50);
    beyond.put("kpis", json(List.of(kpi("Care plans", "%", "HIGHER", 35, 90, 95))));
    assertThatThrownBy(() -> scenario.submit(draft, MANAGER, beyond))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("kpis")
        .hasMessageContaining("minimum of 'Care plans'");
    Map<String, Object> twice = terms("FORMAL", 50, 50);
    twice.put("kpis", json(List.of(kpi("Care plans", "%", "HIGHER", 35, 90, 50), kpi("care plans", "%", "HIGHER", 35, 90, 50))));
    assertThatThrownBy(() -> scenario.submit(draft, MANAGER, twice))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("listed twice");
    assertThat(agreement).isWaitingAt(AgreementProcess.TASK_DRAFT_TERMS);
    assertThat(agreements.latest(reference)).isEmpty();
  }

  static Map<String, Object> kpi(String name, String measure, String direction, double baseline, double target,
      double minimum) {
    return values("kpiName", name, "kpiMeasure", measure, "kpiDirection", direction, "kpiBaseline", baseline,
        "kpiTarget", target, "kpiMinimum", minimum);
  }

  static Map<String, Object> terms(String formality, double first, double second) {
    List<Map<String, Object>> commitments = new ArrayList<>();
    commitments.add(Map.of("organisationId", PARTNERS[0], "organisationName", PARTNERS[0], "commitment", "Beds",
        "expectedShare", first));
    commitments.add(Map.of("organisationId", PARTNERS[1], "organisationName", PARTNERS[1], "commitment",
        "Social workers", "expectedShare", second));
    return values("formality", formality, "coordination", "MEDIUM", "governance", "Joint board",
        "decisionRule", "UNANIMOUS", "partnerCommitments", json(commitments), "riskGainShare", "Equal",
        "objectivesAndKpis", "KPIs", "reviewCycle", "P6M", "exitProvisions", "Notice");
  }
}
