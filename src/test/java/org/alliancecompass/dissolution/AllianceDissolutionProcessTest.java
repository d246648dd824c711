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
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
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
  @Autowired DecisionRegister decisions;

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
        partner -> values("obligationsStatus", "SETTLED", "settlementNotes", "All paid"));
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
  @DisplayName("A partner whose obligations are not settled says what is outstanding; the managers follow it up and "
      + "ask again; the alliance closes only once every partner has confirmed")
  void obligationsOutstanding() {
    // given zeta settles, eta has a payment outstanding
    Task zeta = confirmation("zeta-trust");
    Task eta = confirmation("eta-council");
    scenario.submit(zeta, ProcessScenario.representative("zeta-trust"), values("obligationsStatus", "SETTLED"));
    scenario.submit(eta, ProcessScenario.representative("eta-council"), values("obligationsStatus", "OUTSTANDING",
        "outstandingObligations", "The last quarter's invoice of 20,000 is disputed"));
    scenario.executeJobs();

    // then the managers follow up eta's, and see only eta's
    Task followUp = scenario.task(reference, DissolutionProcess.TASK_FOLLOW_UP_OBLIGATIONS);
    assertThat(engine.getTaskService().getVariable(followUp.getId(), "partnerOutstanding"))
        .isEqualTo("The last quarter's invoice of 20,000 is disputed");
    assertThat(scenario.tasks(reference, DissolutionProcess.TASK_LESSONS)).as("not closed yet").isEmpty();

    // when they agree a way and eta is asked again
    scenario.complete(reference, DissolutionProcess.TASK_FOLLOW_UP_OBLIGATIONS, MANAGER,
        values("followUpNote", "Half paid now, half after the audit"));
    Task again = confirmation("eta-council");
    assertThat(engine.getTaskService().getVariable(again.getId(), "obligationsFollowUpNote"))
        .isEqualTo("Half paid now, half after the audit");
    scenario.submit(again, ProcessScenario.representative("eta-council"), values("obligationsStatus", "SETTLED",
        "settlementNotes", "Paid as agreed"));
    scenario.executeJobs();

    // then the lessons come next, and every step is on record
    assertThat(scenario.tasks(reference, DissolutionProcess.TASK_LESSONS)).hasSize(1);
    assertThat(decisions.ofAlliance(reference)).extracting(Decision::decision)
        .containsSubsequence("OUTSTANDING", "FOLLOWED_UP", "SETTLED").filteredOn("SETTLED"::equals).hasSize(2);
  }

  Task confirmation(String partner) {
    return scenario.tasks(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS).stream()
        .filter(t -> scenario.partnerOf(t).equals(partner)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("An answer is needed, and what is outstanding when it is; slow partners are reminded")
  void confirmationAndReminder() {
    // given
    Task confirmation = scenario.tasks(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS).get(0);
    String representative = ProcessScenario.representative(scenario.partnerOf(confirmation));

    // when / then
    assertThatThrownBy(() -> scenario.submit(confirmation, representative, values()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("obligationsStatus");
    assertThatThrownBy(() -> scenario.submit(confirmation, representative, values("obligationsStatus", "OUTSTANDING")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("outstandingObligations");
    scenario.fireTimeout(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS, ChasingPolicy.REMINDER);
    assertThat(dissolution).isWaitingAt(DissolutionProcess.TASK_CONFIRM_OBLIGATIONS);
    assertThat(scenario.tasks(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS)).hasSize(2);
  }
}
