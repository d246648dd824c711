package org.alliancecompass.work;

import static org.alliancecompass.support.ProcessScenario.BOARD_MEMBER;
import static org.alliancecompass.support.ProcessScenario.LAWYER;
import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.SECOND_BOARD_MEMBER;
import static org.alliancecompass.support.ProcessScenario.representative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.alliancecompass.identity.Groups;
import org.alliancecompass.review.ReviewProcess;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every user task of every model, chased as a person would notice: told when it arrives, reminded
 * half way to its due date (the task moves up in Tasklist with a comment), and once overdue
 * escalated to those who can act (partners', the leadership team's and legal's tasks to the
 * alliance managers, the managers' own to the leadership team), again and again until done.
 */
@ProcessTest
class ChasingProcessTest {

  static final String PARTNER = "chased-partner";

  @Autowired ProcessScenario scenario;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired OpenWork work;
  @Autowired JdbcClient jdbc;

  /** A user task of a model: its process, its id, and whether it is one task per partner. */
  record ModelTask(String process, String task, boolean perPartner, String candidateGroups) {
    @Override
    public String toString() {
      return process + " / " + task;
    }
  }

  static List<ModelTask> userTasks() throws IOException {
    List<ModelTask> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String process = model.getModelElementsByType(Process.class).iterator().next().getId();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          all.add(new ModelTask(process, task.getId(), task.getLoopCharacteristics() != null,
              task.getCamundaCandidateGroups()));
        }
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userTasks")
  @DisplayName("Told on arrival, reminded half way, escalated at the due date and again while it stays open")
  void chased(ModelTask model) {
    // given the task, waiting for its group
    String alliance = scenario.activeAlliance("UNANIMOUS", PARTNER);
    Task task = start(model, alliance);
    // a task per partner, or one whose groups an expression names (an improvement action's owner), waits for the partner
    // the leadership team's tasks go to the portfolio's board while the agreement names no team of the alliance's own
    String group = String.valueOf(model.candidateGroups()).contains("leadershipTeam") ? Groups.BOARD
        : model.perPartner() || model.candidateGroups().startsWith("${") ? PARTNER : model.candidateGroups();
    Set<String> waiting = members(group);
    String escalateTo = Groups.MANAGERS.equals(group) ? Groups.BOARD : Groups.MANAGERS;
    Instant due = task.getDueDate().toInstant();
    Instant created = task.getCreateTime().toInstant();

    // then its people are told, and its reminder and first escalation are timer jobs Cockpit shows
    assertThat(notified(task, "TASK_ARRIVED")).containsExactlyInAnyOrderElementsOf(waiting);
    // a task of its group, or a person's own (each representative's health assessment)
    assertThat(work.find(task.getId())).hasValueSatisfying(item -> {
      if (task.getAssignee() == null) {
        assertThat(item.candidateGroups()).containsExactly(group);
      } else {
        assertThat(waiting).containsExactly(item.assignee());
      }
    });
    Job reminder = timer(alliance, model, ChasingPolicy.REMINDER);
    Job escalation = timer(alliance, model, ChasingPolicy.ESCALATION);
    Instant halfWay = created.plus(Duration.between(created, due).dividedBy(2));
    assertThat(reminder.getDuedate().toInstant().toEpochMilli())
        .isCloseTo(halfWay.toEpochMilli(), within(Duration.ofMinutes(1).toMillis()));
    // the timers are set as the task is created, its due date a moment later: the same to the second
    assertThat(escalation.getDuedate().toInstant()).isBetween(due.minusSeconds(1), due.plusSeconds(2));

    // when its reminder comes
    scenario.fireTimeout(alliance, model.task(), ChasingPolicy.REMINDER);

    // then it moves up in Tasklist, says so in a comment, counts the reminder, and its people are reminded
    Task reminded = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(reminded.getPriority()).isEqualTo(ChasingPolicy.REMINDED_PRIORITY);
    assertThat(tasks.getTaskComments(task.getId())).anySatisfy(c -> assertThat(c.getFullMessage()).startsWith("Reminder"));
    assertThat(work.find(task.getId()).orElseThrow().remindersSent()).isEqualTo(1);
    assertThat(notified(task, "REMINDER")).containsExactlyInAnyOrderElementsOf(waiting);

    // when its due date passes
    scenario.fireTimeout(alliance, model.task(), ChasingPolicy.ESCALATION);

    // then it is on top, escalated to those who can act, who are told, as are its own people
    Task escalated = tasks.createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(escalated.getPriority()).isEqualTo(ChasingPolicy.ESCALATED_PRIORITY);
    assertThat(tasks.getTaskComments(task.getId()))
        .anySatisfy(c -> assertThat(c.getFullMessage()).startsWith("Overdue since").contains("escalated to"));
    assertThat(work.find(task.getId())).hasValueSatisfying(item -> {
      assertThat(item.escalations()).isEqualTo(1);
      assertThat(item.escalatedAt()).isNotNull();
    });
    assertThat(notified(task, "OVERDUE")).containsExactlyInAnyOrderElementsOf(waiting);
    Set<String> escalationGroup = new java.util.HashSet<>(members(escalateTo));
    escalationGroup.removeAll(waiting);
    assertThat(notified(task, "ESCALATED")).containsExactlyInAnyOrderElementsOf(escalationGroup);

    // and nothing waits silently: the escalation comes again a week later, as long as the task is open
    Job next = timer(alliance, model, ChasingPolicy.ESCALATION);
    assertThat(next.getId()).isNotEqualTo(escalation.getId());
    scenario.fireTimeout(alliance, model.task(), ChasingPolicy.ESCALATION);
    assertThat(work.find(task.getId()).orElseThrow().escalations()).isEqualTo(2);
    assertThat(timer(alliance, model, ChasingPolicy.ESCALATION).getDuedate()).isAfter(new Date());
  }

  /** Starts the model's process at the task, with what its due date and candidate group need. */
  private Task start(ModelTask model, String alliance) {
    if (model.task().equals(ReviewProcess.TASK_ASSESS_HEALTH)) {
      // one task for each representative the review asks: the review opens them
      scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
      return scenario.task(alliance, model.task());
    }
    Date inTwoWeeks = Date.from(Instant.now().plus(Duration.ofDays(14)));
    Map<String, Object> variables = new java.util.HashMap<>(Map.of("allianceReference", alliance,
        "allianceName", "Alliance " + alliance,
        "partnerGroups", ProcessScenario.list(PARTNER), "candidateGroups", ProcessScenario.list(PARTNER),
        "assessmentDeadline", inTwoWeeks, "voteDeadline", inTwoWeeks, "candidateAssessmentDeadline", inTwoWeeks,
        "reviewId", -1L));
    // an improvement action owned by the partner organisation
    variables.putAll(Map.of("actionOwnerGroups", ProcessScenario.list(PARTNER), "actionDueDate", inTwoWeeks,
        "actionText", "An action", "actionDueLabel", "in two weeks", "actionOwnerName", "the partner", "actionId", -1L));
    variables.put("actionOwnerUser", null);
    variables.put("actionOwnerUsers", List.of());
    // a task inside a subprocess per partner (obligations at dissolution) is started without its loop
    variables.put("partner", PARTNER);
    // the organisation proposed to join (an accession's fit assessment), the partner leaving (its settlement)
    variables.put("candidate", PARTNER);
    variables.put("exitingPartner", PARTNER);
    runtime.createProcessInstanceByKey(model.process()).businessKey(alliance).setVariables(variables)
        .startBeforeActivity(model.perPartner() ? model.task() + "#multiInstanceBody" : model.task())
        .execute();
    return scenario.task(alliance, model.task());
  }

  private Job timer(String alliance, ModelTask model, String listener) {
    List<Job> timers = scenario.timeouts(alliance, model.task(), listener);
    assertThat(timers).as(model + " " + listener).hasSize(1);
    return timers.get(0);
  }

  private List<String> notified(Task task, String kind) {
    return jdbc.sql("select recipient from notification where task_id = ? and kind = ?").params(task.getId(), kind)
        .query(String.class).list();
  }

  private static Set<String> members(String group) {
    return switch (group) {
      case Groups.MANAGERS -> Set.of(MANAGER);
      case Groups.BOARD -> Set.of(BOARD_MEMBER, SECOND_BOARD_MEMBER);
      case Groups.LEGAL -> Set.of(LAWYER);
      case Groups.FACILITATORS -> Set.of(ProcessScenario.FACILITATOR);
      default -> Set.of(representative(group));
    };
  }
}
