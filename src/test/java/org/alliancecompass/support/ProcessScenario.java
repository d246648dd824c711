package org.alliancecompass.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a process test does with the engine, said once: set up alliances and organisations,
 * submit a task's form as a given person (as Tasklist does, through the form service), move
 * timers and asynchronous continuations on.
 */
@TestComponent
public class ProcessScenario {

  public static final String MANAGER = "mia";
  public static final String BOARD_MEMBER = "bob";
  public static final String SECOND_BOARD_MEMBER = "bea";
  public static final String LAWYER = "lee";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;
  private final ManagementService management;
  private final JdbcClient jdbc;

  ProcessScenario(RuntimeService runtime, TaskService tasks, FormService forms, IdentityService identity,
      ManagementService management, JdbcClient jdbc) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.forms = forms;
    this.identity = identity;
    this.management = management;
    this.jdbc = jdbc;
  }

  /** Partner organisations, each with one representative named {@code rep-<organisation>}. */
  public void organisations(String... ids) {
    for (String id : ids) {
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName(id.substring(0, 1).toUpperCase() + id.substring(1).replace('-', ' '));
        group.setType("partner-organisation");
        identity.saveGroup(group);
        user(representative(id), id);
      }
    }
    user(MANAGER, "alliance-managers");
    user(BOARD_MEMBER, "alliance-board");
    user(SECOND_BOARD_MEMBER, "alliance-board");
    user(LAWYER, "legal");
  }

  public static String representative(String organisation) {
    return "rep-" + organisation;
  }

  private void user(String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(id);
      user.setLastName("Tester");
      user.setPassword(id);
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
  }

  /** An active alliance with these partners, equal shares, and an agreement in force with the given rule. */
  public String activeAlliance(String decisionRule, String... partners) {
    String reference = alliance("ACTIVE", "ACTIVE", partners);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("""
            insert into agreement_version (alliance_reference, version_no, status, formality, coordination, governance,
              decision_rule, risk_gain_share, objectives_kpis, review_cycle, exit_provisions, drafted_by, drafted_at,
              decided_at)
            values (?, 1, 'APPROVED', 'FORMAL', 'HIGH', 'Board', ?, 'Shared', 'KPIs', 'P3M', 'Notice', 'mia', ?, ?)""")
        .params(reference, decisionRule, now, now).update();
    return reference;
  }

  /** An alliance whose partners are selected and which now agrees its terms. */
  public String agreeingAlliance(String... partners) {
    return alliance("AGREEING", "SELECTED", partners);
  }

  private String alliance(String status, String partnerStatus, String... partners) {
    organisations(partners);
    String reference = "ALL-2026-" + (9000 + jdbc.sql("select count(*) from alliance").query(Integer.class).single());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("""
            insert into alliance (reference, name, alliance_type, purpose, objectives, review_cycle, status, proposed_by,
              proposed_at, activated_at, process_instance_id)
            values (?, ?, 'STRATEGIC_ALLIANCE', 'Test purpose', 'Test objectives', 'P3M', ?, 'mia', ?, ?, null)""")
        .params(reference, "Alliance " + reference, status, now, now).update();
    for (String partner : partners) {
      jdbc.sql("""
              insert into alliance_partner (alliance_reference, organisation_id, organisation_name, status,
                expected_share, commitment, joined_at)
              values (?, ?, ?, ?, ?, 'Services', ?)""")
          .params(reference, partner, partner, partnerStatus, 100.0 / partners.length, now).update();
    }
    return reference;
  }

  public ProcessInstance start(String processKey, String reference, Map<String, Object> variables) {
    Map<String, Object> all = new LinkedHashMap<>(variables);
    all.putIfAbsent("allianceReference", reference);
    all.putIfAbsent("allianceName", "Alliance " + reference);
    return runtime.startProcessInstanceByKey(processKey, reference, all);
  }

  /**
   * The open tasks of an element in the processes of an alliance (several for a multi-instance
   * task). Every process of an alliance carries its reference as business key.
   */
  public List<Task> tasks(String reference, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
        .orderByTaskId().asc().list();
  }

  public Task task(String reference, String taskKey) {
    List<Task> open = tasks(reference, taskKey);
    if (open.size() != 1) {
      throw new AssertionError("Expected one open task " + taskKey + " of " + reference + ", found " + open.size());
    }
    return open.get(0);
  }

  /** Submits the form of the single open task of this element as this person. */
  public void complete(String reference, String taskKey, String user, Map<String, Object> values) {
    submit(task(reference, taskKey), user, values);
    executeJobs();
  }

  /** Each partner organisation's representative submits its own task of this element. */
  public void eachPartner(String reference, String taskKey, java.util.function.Function<String, Map<String, Object>> values) {
    for (Task task : tasks(reference, taskKey)) {
      String partner = partnerOf(task);
      submit(task, representative(partner), values.apply(partner));
    }
    executeJobs();
  }

  /** Submits a task's form as this person, with the groups they belong to, as Tasklist does. */
  public void submit(Task task, String user, Map<String, Object> values) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      forms.submitTaskForm(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The partner organisation a multi-instance task is for. */
  public String partnerOf(Task task) {
    return String.valueOf(tasks.getVariable(task.getId(), "partner") != null
        ? tasks.getVariable(task.getId(), "partner") : tasks.getVariable(task.getId(), "candidate"));
  }

  /** Runs the asynchronous continuations and due timers of a process instance and those it called. */
  public void executeJobs() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming: a loop in the model?");
  }

  /**
   * Fires the timer of this element in the processes of an alliance now, whatever its due date
   * (an administrator can do the same in Cockpit or through the REST API).
   */
  public void fireTimer(String reference, String activityId) {
    Job timer = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .map(instance -> management.createJobQuery().timers().processInstanceId(instance.getId())
            .activityId(activityId).singleResult())
        .filter(java.util.Objects::nonNull).findFirst()
        .orElseThrow(() -> new AssertionError("No timer waiting at " + activityId + " for " + reference));
    management.executeJob(timer.getId());
    executeJobs();
  }

  /** The twelve answers of a health assessment: the same answer for every statement of a dimension. */
  public static Map<String, Object> health(int trust, int decisionMaking, int managementCapability, int flexibility) {
    return FormValues.health(trust, decisionMaking, managementCapability, flexibility);
  }

  public static Map<String, Object> values(Object... keysAndValues) {
    return FormValues.values(keysAndValues);
  }

  public static List<String> list(String... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  /** A list or object as Tasklist submits it: a Camunda Spin JSON value. */
  public static Object json(Object value) {
    return org.alliancecompass.taskform.FormJson.of(value);
  }
}
