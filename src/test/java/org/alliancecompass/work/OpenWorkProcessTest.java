package org.alliancecompass.work;

import static org.alliancecompass.support.ProcessScenario.health;
import static org.alliancecompass.support.ProcessScenario.representative;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancecompass.identity.Person;
import org.alliancecompass.review.ReviewProcess;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The product's own view of open work: every open user task, kept by the built-in listeners in the
 * engine's transaction, asked by alliance, by person and in counts, and never left behind.
 */
@ProcessTest
@RecordApplicationEvents
class OpenWorkProcessTest {

  @Autowired ProcessScenario scenario;
  @Autowired OpenWork work;
  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;
  @Autowired WorkItemSweep sweep;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @Test
  @DisplayName("A review's assessments are open work of the alliance, each waiting for its partner, until answered")
  void assessmentsAreOpenWork() {
    // given a review asking two partners
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));

    // then the alliance waits for both representatives, each their own assessment, since now, by the deadline
    List<WorkItem> open = work.ofAlliance(alliance);
    assertThat(open).hasSize(2).allSatisfy(item -> {
      assertThat(item.processKey()).isEqualTo(ReviewProcess.KEY);
      assertThat(item.processInstanceId()).isEqualTo(review.getId());
      assertThat(item.taskKey()).isEqualTo(ReviewProcess.TASK_ASSESS_HEALTH);
      assertThat(item.taskName()).isEqualTo("Health assessment");
      assertThat(item.waitsForPerson()).isTrue();
      assertThat(item.dueAt()).isAfter(item.createdAt());
      assertThat(item.remindersSent()).isZero();
      assertThat(item.escalatedAt()).isNull();
    });
    assertThat(open).extracting(WorkItem::assignee)
        .containsExactlyInAnyOrder(representative("north"), representative("city"));
    assertThat(open).noneMatch(WorkItem::overdue);
    assertThat(events.stream(WorkArrived.class).filter(e -> alliance.equals(e.item().allianceReference())))
        .hasSize(2);

    // and each representative sees their own task as their work, and not the other's
    Waiting norths = work.waitingFor(person(representative("north")), 100);
    assertThat(norths.first()).filteredOn(item -> alliance.equals(item.allianceReference()))
        .singleElement().satisfies(item -> assertThat(item.assignee()).isEqualTo(representative("north")));
    assertThat(norths.total()).isEqualTo(norths.first().size());
    // and a list of one names the soonest due and counts them all
    Waiting first = work.waitingFor(person(representative("north")), 1);
    assertThat(first.first()).singleElement().isEqualTo(norths.first().get(0));
    assertThat(first.total()).isEqualTo(norths.total());

    // when north's representative answers, their task is no longer open
    Task northTask = scenario.tasks(alliance, ReviewProcess.TASK_ASSESS_HEALTH).stream()
        .filter(t -> "north".equals(scenario.partnerOf(t))).findFirst().orElseThrow();
    scenario.submit(northTask, representative("north"), health(4, 4, 4, 4));

    // then
    assertThat(work.find(northTask.getId())).isEmpty();
    assertThat(work.ofAlliance(alliance)).singleElement()
        .satisfies(item -> assertThat(item.assignee()).isEqualTo(representative("city")));
    assertThat(events.stream(WorkDone.class).filter(e -> e.item().taskId().equals(northTask.getId())))
        .singleElement().satisfies(done -> assertThat(done.completed()).isTrue());
  }

  @Test
  @DisplayName("A task given to someone by another is assigned work; a claim is not announced as if someone else gave it")
  void assignment() {
    // given
    String alliance = scenario.activeAlliance("UNANIMOUS", "north");
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    Task task = scenario.task(alliance, ReviewProcess.TASK_ASSESS_HEALTH);

    // when an administrator gives it to a colleague (the representative is away)
    identity.setAuthentication("admin", List.of("camunda-admin"));
    try {
      tasks.setAssignee(task.getId(), "north-deputy");
    } finally {
      identity.clearAuthentication();
    }

    // then
    assertThat(events.stream(WorkAssigned.class).filter(e -> e.item().taskId().equals(task.getId())))
        .singleElement().satisfies(assigned -> {
          assertThat(assigned.byAnother()).isTrue();
          assertThat(assigned.assignedBy()).isEqualTo("admin");
        });
    assertThat(work.find(task.getId()).orElseThrow().assignee()).isEqualTo("north-deputy");
  }

  @Test
  @DisplayName("An administrator cancelling a process, even skipping custom listeners, leaves no open work behind")
  void cancelledProcess() {
    // given
    String alliance = scenario.activeAlliance("UNANIMOUS", "north", "city");
    ProcessInstance review = scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    assertThat(work.ofAlliance(alliance)).hasSize(2);

    // when
    runtime.deleteProcessInstance(review.getId(), "Cancelled in Cockpit", true);

    // then
    assertThat(work.ofAlliance(alliance)).isEmpty();
    assertThat(events.stream(WorkDone.class).filter(e -> alliance.equals(e.item().allianceReference())))
        .hasSize(2).noneMatch(WorkDone::completed);
  }

  @Test
  @DisplayName("Open work of tasks the engine no longer has is swept away; open tasks without a row get one on start")
  void sweep() {
    // given a row whose task is gone, and an open task whose row is missing
    String alliance = scenario.activeAlliance("UNANIMOUS", "north");
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    Task task = scenario.task(alliance, ReviewProcess.TASK_ASSESS_HEALTH);
    jdbc.sql("delete from work_item where task_id = ?").param(task.getId()).update();
    jdbc.sql("""
        insert into work_item (task_id, alliance_reference, process_key, process_instance_id, task_key, task_name,
          created_at, reminders_sent, escalations) values ('gone-task', ?, 'alliance-review', 'gone', 'Task_X', 'Gone',
          current_timestamp, 0, 0)""").param(alliance).update();
    jdbc.sql("insert into work_item_group (task_id, group_id) values ('gone-task', 'north')").update();

    // when the application starts (and then every sweep interval)
    sweep.onStart();

    // then
    assertThat(work.find("gone-task")).isEmpty();
    assertThat(work.ofAlliance(alliance)).singleElement().satisfies(item -> {
      assertThat(item.taskId()).isEqualTo(task.getId());
      assertThat(item.taskName()).isEqualTo("Health assessment");
      assertThat(item.assignee()).isEqualTo(representative("north"));
      assertThat(item.processKey()).isEqualTo(ReviewProcess.KEY);
    });
  }

  private Person person(String user) {
    return Person.of(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId).collect(java.util.stream.Collectors.toSet()));
  }
}
