package org.alliancecompass.review;

import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.health;
import static org.alliancecompass.support.ProcessScenario.json;
import static org.alliancecompass.support.ProcessScenario.representative;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.alliancecompass.alliance.AllianceDissolved;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Improvement actions as work ({@code improvement-action}): each action of a plan is its owner's
 * task, blocked actions go to the managers, done and dropped ones close, and the next review shows
 * every partner what became of them.
 */
@ProcessTest
class ImprovementActionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired ProcessScenario scenario;
  @Autowired Reviews reviews;
  @Autowired DecisionRegister decisions;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  String alliance;

  @BeforeEach
  void atRiskReview() {
    init(engine);
    // a review that finds trust (25) and flexibility (50) weak
    alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(2, 5, 5, 3));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 40, "objectiveNotes", "Slow"));
  }

  static Map<String, Object> action(String dimension, String text, String owner, LocalDate due) {
    return values("dimension", dimension, "action", text, "owner", owner, "dueDate", due.toString());
  }

  void agreePlan(Map<String, Object>... actions) {
    scenario.complete(alliance, ReviewProcess.TASK_IMPROVEMENT_PLAN, MANAGER,
        values("improvementActions", json(List.of(actions))));
  }

  Task taskOf(String text) {
    return scenario.tasks(alliance, ActionProcess.TASK_COMPLETE).stream()
        .filter(t -> text.equals(engine.getTaskService().getVariable(t.getId(), "actionText"))).findFirst().orElseThrow();
  }

  ImprovementAction action(String text) {
    return reviews.improvementActions(alliance).stream().filter(a -> a.actionText().equals(text)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("Each action of a plan is its owner's task: an organisation's for its representatives, a person's "
      + "for that person, due on the action's due date")
  void actionsAreTheirOwnersTasks() {
    LocalDate due = LocalDate.now().plusMonths(1);
    agreePlan(action("trust", "Open books on the budget", "group:north", due),
        action("flexibility", "Quarterly horizon scan", "user:" + representative("city"), due.plusDays(14)));

    Task books = taskOf("Open books on the budget");
    assertThat(engine.getTaskService().getIdentityLinksForTask(books.getId())).extracting(IdentityLink::getGroupId)
        .contains("north");
    assertThat(books.getAssignee()).isNull();
    assertThat(books.getDescription()).contains("Open books on the budget");
    assertThat(books.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(due);
    Task scan = taskOf("Quarterly horizon scan");
    assertThat(scan.getAssignee()).isEqualTo(representative("city"));
    assertThat(action("Quarterly horizon scan").ownerName()).isEqualTo("rep-city Tester, city");
    assertThat(reviews.improvementActions(alliance)).extracting(ImprovementAction::status)
        .containsOnly(ActionStatus.OPEN);
  }

  @Test
  @DisplayName("Blocked, resumed by the managers with a new owner and due date, then done with evidence; the next "
      + "assessment shows every partner what became of each action")
  void blockedResumedDone() {
    LocalDate due = LocalDate.now().plusMonths(1);
    agreePlan(action("trust", "Open books on the budget", "group:north", due),
        action("flexibility", "Quarterly horizon scan", "group:city", due));

    // when north says it is blocked
    scenario.submit(taskOf("Open books on the budget"), representative("north"),
        values("actionOutcome", "BLOCKED", "actionNote", "The finance director has left"));

    // then the managers decide, with the note in view
    Task unblock = scenario.task(alliance, ActionProcess.TASK_UNBLOCK);
    assertThat(engine.getTaskService().getVariable(unblock.getId(), "actionLatestNote")).isEqualTo("The finance director has left");
    assertThat(action("Open books on the budget").status()).isEqualTo(ActionStatus.BLOCKED);

    // when they resume it with city's representative as owner and a later date
    LocalDate later = due.plusMonths(1);
    scenario.submit(unblock, MANAGER, values("unblockDecision", "RESUME", "unblockNote", "City's finance lead takes it on",
        "newOwner", "user:" + representative("city"), "newDueDate", later.toString()));

    // then the task is hers, due later
    Task resumed = taskOf("Open books on the budget");
    assertThat(resumed.getAssignee()).isEqualTo(representative("city"));
    assertThat(resumed.getDueDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate()).isEqualTo(later);
    assertThat(action("Open books on the budget")).satisfies(a -> {
      assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
      assertThat(a.ownerUser()).isEqualTo(representative("city"));
      assertThat(a.dueDate()).isEqualTo(later);
    });

    // when she reports it done with a link to the minutes
    ProcessInstance process = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(resumed.getProcessInstanceId()).singleResult();
    scenario.submit(resumed, representative("city"), values("actionOutcome", "DONE", "actionNote",
        "Budget reviewed with all finance directors", "evidenceLink", "https://intranet.example.org/minutes/42"));

    // then it is done, and the next review shows both actions to every partner
    assertThat(process).isEnded().hasPassed("Event_ActionDone");
    assertThat(action("Open books on the budget")).satisfies(a -> {
      assertThat(a.status()).isEqualTo(ActionStatus.DONE);
      assertThat(a.closedAt()).isNotNull();
      assertThat(a.evidenceLink()).isEqualTo("https://intranet.example.org/minutes/42");
    });
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    Task assessment = scenario.tasks(alliance, ReviewProcess.TASK_ASSESS_HEALTH).get(0);
    String saidAndDone = engine.getTaskService().getVariable(assessment.getId(), "actionsSinceLastReview").toString();
    assertThat(saidAndDone).contains("Open books on the budget", "Done", "Budget reviewed with all finance directors")
        .contains("Quarterly horizon scan", "In progress");
  }

  @Test
  @DisplayName("A blocked action the managers drop is closed as dropped, and the decision is in the register")
  void dropped() {
    agreePlan(action("trust", "Open books on the budget", "group:north", LocalDate.now().plusMonths(1)),
        action("flexibility", "Quarterly horizon scan", "group:city", LocalDate.now().plusMonths(1)));
    scenario.submit(taskOf("Quarterly horizon scan"), representative("city"),
        values("actionOutcome", "BLOCKED", "actionNote", "No budget for it"));

    scenario.complete(alliance, ActionProcess.TASK_UNBLOCK, MANAGER, values("unblockDecision", "DROP",
        "unblockNote", "The winter plan covers it"));

    assertThat(action("Quarterly horizon scan").status()).isEqualTo(ActionStatus.DROPPED);
    assertThat(scenario.tasks(alliance, ActionProcess.TASK_COMPLETE)).extracting(t -> engine.getTaskService()
        .getVariable(t.getId(), "actionText")).containsExactly("Open books on the budget");
    assertThat(decisions.ofAlliance(alliance)).anySatisfy(d -> {
      assertThat(d.subject()).isEqualTo("Improvement action dropped: Quarterly horizon scan");
      assertThat(d.rationale()).isEqualTo("The winter plan covers it");
    });
  }

  @Test
  @DisplayName("Refused, the task open: an owner who is not one of the alliance's people, a new due date in the past")
  void badInput() {
    assertThatThrownBy(() -> agreePlan(action("trust", "Open books", "user:someone-else", LocalDate.now().plusDays(9)),
        action("flexibility", "Scan", "group:north", LocalDate.now().plusDays(9))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("owner");
    assertThat(scenario.tasks(alliance, ReviewProcess.TASK_IMPROVEMENT_PLAN)).hasSize(1);

    agreePlan(action("trust", "Open books", "group:north", LocalDate.now().plusDays(9)),
        action("flexibility", "Scan", "group:north", LocalDate.now().plusDays(9)));
    scenario.submit(taskOf("Open books"), representative("north"), values("actionOutcome", "BLOCKED", "actionNote", "Stuck"));
    Task unblock = scenario.task(alliance, ActionProcess.TASK_UNBLOCK);
    assertThatThrownBy(() -> scenario.submit(unblock, MANAGER, values("unblockDecision", "RESUME", "unblockNote", "Go on",
        "newDueDate", LocalDate.now().minusDays(1).toString())))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("newDueDate");
    assertThat(scenario.tasks(alliance, ActionProcess.TASK_UNBLOCK)).hasSize(1);
    assertThat(action("Open books").status()).isEqualTo(ActionStatus.BLOCKED);
  }

  @Test
  @DisplayName("The next AT_RISK plan starts from the actions still under way: they are listed and cover their dimension")
  void nextPlanStartsFromOpenActions() {
    agreePlan(action("trust", "Open books on the budget", "group:north", LocalDate.now().plusMonths(2)),
        action("flexibility", "Quarterly horizon scan", "group:city", LocalDate.now().plusMonths(2)));
    scenario.submit(taskOf("Quarterly horizon scan"), representative("city"),
        values("actionOutcome", "DONE", "actionNote", "First scan held"));

    // when the next review finds trust and flexibility weak again
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(2, 5, 5, 3));
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER, values("objectivesAchieved", 40, "objectiveNotes", "Slow"));

    // then the plan lists the open trust action and asks only for flexibility, whose action is done
    Task plan = scenario.task(alliance, ReviewProcess.TASK_IMPROVEMENT_PLAN);
    assertThat(engine.getTaskService().getVariable(plan.getId(), "openActions").toString())
        .contains("Open books on the budget").doesNotContain("Quarterly horizon scan");
    assertThat(engine.getTaskService().getVariable(plan.getId(), "improvementActions").toString())
        .contains("flexibility").doesNotContain("trust");
    agreePlan(action("flexibility", "Monthly horizon scan", "group:city", LocalDate.now().plusMonths(1)));
    assertThat(scenario.tasks(alliance, ReviewProcess.TASK_IMPROVEMENT_PLAN)).isEmpty();
    assertThat(reviews.improvementActions(alliance)).hasSize(3);
  }

  @Test
  @DisplayName("When the alliance is dissolved, its open actions close with it and their tasks go")
  void endsWithTheAlliance() {
    agreePlan(action("trust", "Open books on the budget", "group:north", LocalDate.now().plusMonths(1)),
        action("flexibility", "Quarterly horizon scan", "group:city", LocalDate.now().plusMonths(1)));
    scenario.submit(taskOf("Quarterly horizon scan"), representative("city"),
        values("actionOutcome", "DONE", "actionNote", "Held"));

    transaction.executeWithoutResult(status -> events.publishEvent(new AllianceDissolved(alliance)));

    assertThat(scenario.tasks(alliance, ActionProcess.TASK_COMPLETE)).isEmpty();
    assertThat(action("Open books on the budget").status()).isEqualTo(ActionStatus.CLOSED_AT_DISSOLUTION);
    assertThat(action("Quarterly horizon scan").status()).as("done stays done").isEqualTo(ActionStatus.DONE);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("Event_EndedWithAlliance")
        .count()).isEqualTo(1);
  }
}
