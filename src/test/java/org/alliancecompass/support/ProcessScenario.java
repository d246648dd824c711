package org.alliancecompass.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.agreement.AgreementStatus;
import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.agreement.DecisionRule;
import org.alliancecompass.agreement.ReviewRhythm;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.alliance.ReviewCycle;
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
  public static final String FACILITATOR = "fay";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;
  private final ManagementService management;
  private final Alliances alliances;
  private final Agreements agreements;

  ProcessScenario(RuntimeService runtime, TaskService tasks, FormService forms, IdentityService identity,
      ManagementService management, Alliances alliances, Agreements agreements) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.forms = forms;
    this.identity = identity;
    this.management = management;
    this.alliances = alliances;
    this.agreements = agreements;
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
    user(FACILITATOR, org.alliancecompass.identity.Groups.FACILITATORS);
  }

  /** More representatives of a partner organisation, beside {@code rep-<organisation>}. */
  public void colleagues(String organisation, String... users) {
    for (String user : users) {
      user(user, organisation);
    }
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
    return activeAlliance(decisionRule, org.alliancecompass.agreement.Term.OPEN_ENDED, partners);
  }

  /** An active alliance with these partners, equal shares, and an agreement in force with the rule and term given. */
  public String activeAlliance(String decisionRule, org.alliancecompass.agreement.Term term, String... partners) {
    String reference = alliance(AllianceStatus.ACTIVE, PartnerStatus.ACTIVE, partners);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<Agreement.Commitment> commitments = Arrays.stream(partners)
        .map(p -> new Agreement.Commitment(p, p, "Services", 100.0 / partners.length)).toList();
    agreements.recordInForce(new Agreement(null, reference, 1, AgreementStatus.APPROVED, "FORMAL", "HIGH", "Board",
        DecisionRule.valueOf(decisionRule), "Shared", "KPIs", "P3M", ReviewRhythm.DEFAULT, "Notice", term, MANAGER, now, now, null, commitments));
    return reference;
  }

  /** The agreement in force of the alliance measures these KPIs. */
  public void kpis(String reference, org.alliancecompass.agreement.Kpi... kpis) {
    agreements.recordKpis(agreements.inForce(reference).orElseThrow().id(), List.of(kpis));
  }

  /**
   * An active alliance with these partners and an agreement in force, its lifecycle waiting for
   * its next review in three months, as an alliance is after its agreement.
   */
  public ProcessInstance activeLifecycle(String decisionRule, String... partners) {
    return activeLifecycle(decisionRule, org.alliancecompass.agreement.Term.OPEN_ENDED, partners);
  }

  /** An active alliance's lifecycle as {@link #activeLifecycle(String, String...)}, its agreement of this term. */
  public ProcessInstance activeLifecycle(String decisionRule, org.alliancecompass.agreement.Term term,
      String... partners) {
    String reference = activeAlliance(decisionRule, term, partners);
    return runtime.createProcessInstanceByKey(LifecycleProcess.KEY).businessKey(reference)
        .setVariables(values("allianceReference", reference, "allianceName", "Alliance " + reference,
            "allianceType", "STRATEGIC_ALLIANCE", "reviewCycle", "P3M", "agreementVersion", 1,
            "nextReviewDue", java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(90)))))
        .startBeforeActivity(LifecycleProcess.EVENT_REVIEW_DUE)
        .execute();
  }

  /** An alliance whose partners are selected and which now agrees its terms. */
  public String agreeingAlliance(String... partners) {
    return alliance(AllianceStatus.AGREEING, PartnerStatus.SELECTED, partners);
  }

  /** An alliance in the given state, made through the alliance module's API as the product makes one. */
  private String alliance(AllianceStatus status, PartnerStatus partnerStatus, String... partners) {
    organisations(partners);
    String reference = alliances.nextReference();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    alliances.register(new Alliance(reference, "Alliance " + reference, AllianceType.STRATEGIC_ALLIANCE,
        "Test purpose", "Test objectives", ReviewCycle.DEFAULT.toString(), status, MANAGER, now, now, null, null, null));
    for (String partner : partners) {
      alliances.addPartner(new Partner(reference, partner, partner, partnerStatus, null, null, 100.0 / partners.length,
          "Services", now, null));
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
      // a person's own task (a health assessment) is theirs to answer; a group's, its representative's
      submit(task, task.getAssignee() != null ? task.getAssignee() : representative(partner), values.apply(partner));
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

  /**
   * Fires a timeout listener (its reminder or escalation: {@code ChasingPolicy.REMINDER},
   * {@code ESCALATION}) of every open task of this element in the processes of an alliance, now,
   * whatever its due date, as an administrator can in Cockpit. A repeating one waits again after.
   */
  public void fireTimeout(String reference, String taskKey, String listenerId) {
    List<Job> timers = timeouts(reference, taskKey, listenerId);
    if (timers.isEmpty()) {
      throw new AssertionError("No timeout listener " + listenerId + " waiting at " + taskKey + " for " + reference);
    }
    timers.forEach(timer -> management.executeJob(timer.getId()));
    executeJobs();
  }

  /** The timers of a timeout listener of the open tasks of this element, one per task. */
  public List<Job> timeouts(String reference, String taskKey, String listenerId) {
    String configuration = org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX
        + listenerId;
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
        .flatMap(instance -> management.createJobQuery().timers().processInstanceId(instance.getId())
            .activityId(taskKey).list().stream())
        .filter(job -> Arrays.asList(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job)
            .getJobHandlerConfigurationRaw().split("\\$")).contains(configuration))
        .toList();
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
