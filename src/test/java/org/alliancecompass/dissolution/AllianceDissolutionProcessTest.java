package org.alliancecompass.dissolution;

import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.alliancecompass.support.FormValues;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.work.ChasingPolicy;

@ProcessTest
class AllianceDissolutionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired Alliances alliances;
  @Autowired Dissolutions dissolutions;

  String reference;
  ProcessInstance dissolution;

  @BeforeEach
  void activeAlliance() {
    init(engine);
    reference = scenario.activeAlliance("UNANIMOUS", "zeta-trust", "eta-council");
    dissolution = scenario.start(DissolutionProcess.KEY, reference, values());
    scenario.complete(reference, DissolutionProcess.TASK_EXIT_PLAN, MANAGER, values("obligations", "Final invoices",
        "sharedAssetsAndData", "Records to the trust", "serviceContinuity", "Trust resumes the service",
        "communications", "Letter to patients", "exitDate", LocalDate.now().plusMonths(3).toString()));
  }

  @Test
  @DisplayName("Every partner confirms its obligations settled, lessons are recorded, the alliance is closed")
  void orderlyDissolution() {
    // when
    scenario.eachPartner(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS,
        partner -> values("obligationsSettled", true, "settlementNotes", "All paid"));
    scenario.complete(reference, DissolutionProcess.TASK_LESSONS, MANAGER, values("lessons",
        FormValues.lessons("Share budgets early", "Agree the rule on day one", "Fund the manager", "Review sooner"),
        "lessonOverall", "Worth trying again"));

    // then
    assertThat(dissolution).isEnded().hasPassed("Task_CloseAlliance");
    assertThat(alliances.find(reference)).get().extracting(Alliance::status).isEqualTo(AllianceStatus.DISSOLVED);
    assertThat(alliances.partners(reference)).extracting(Partner::status).containsOnly(PartnerStatus.EXITED);
    assertThat(dissolutions.exitPlan(reference)).get().extracting(PlannedExit::serviceContinuity)
        .isEqualTo("Trust resumes the service");
    assertThat(dissolutions.lessons(reference)).extracting(Lesson::dimension)
        .containsExactly("trust", "decisionMaking", "managementCapability", "flexibility", null);
  }

  @Test
  @DisplayName("A partner cannot confirm without ticking the confirmation; slow partners are reminded")
  void confirmationAndReminder() {
    // given
    Task confirmation = scenario.tasks(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS).get(0);
    String representative = ProcessScenario.representative(scenario.partnerOf(confirmation));

    // when / then
    assertThatThrownBy(() -> scenario.submit(confirmation, representative, values("obligationsSettled", false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("obligationsSettled");
    scenario.fireTimeout(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS, ChasingPolicy.REMINDER);
    assertThat(dissolution).isWaitingAt(DissolutionProcess.TASK_CONFIRM_OBLIGATIONS);
    assertThat(scenario.tasks(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS)).hasSize(2);
  }
}
