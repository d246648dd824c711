package org.alliancecompass.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.command.AllianceCommands;
import org.alliancecompass.identity.Person;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two example alliances for a first look, on the first start of a demo database. They are made
 * the way users make them: the demo users fill in the real forms of the real processes.
 *
 * <ul>
 *   <li><b>North City Frailty Alliance</b>: three partners selected and agreed with three KPIs, two
 *       reviews done (the second AT_RISK, with partners' views reconciled, a KPI below its minimum
 *       condition and an improvement plan), and the
 *       third review waiting for each representative's own health assessment (three people answer
 *       for Northside Hospital, two for City Council, one for Community Care Trust): nora, nate,
 *       nadia, carl, cleo and cara each find theirs in Tasklist at once.
 *   <li><b>Riverside Mental Health Partnership</b>: just proposed, waiting for its candidates.
 * </ul>
 */
@Component
@Profile("demo")
@Order(30)
class DemoAlliances implements ApplicationRunner {

  static final String FRAILTY = "North City Frailty Alliance";
  static final String MENTAL_HEALTH = "Riverside Mental Health Partnership";
  static final List<String> PARTNERS = List.of("northside-hospital", "city-council", "community-care-trust");
  private static final Logger LOG = LoggerFactory.getLogger(DemoAlliances.class);

  private final Alliances alliances;
  private final HealthModel model;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;
  private final ManagementService management;
  private final RepositoryService repository;
  private final AllianceCommands commands;

  DemoAlliances(Alliances alliances, HealthModel model, RuntimeService runtime, TaskService tasks, FormService forms,
      IdentityService identity, ManagementService management, RepositoryService repository, AllianceCommands commands) {
    this.commands = commands;
    this.alliances = alliances;
    this.model = model;
    this.runtime = runtime;
    this.tasks = tasks;
    this.forms = forms;
    this.identity = identity;
    this.management = management;
    this.repository = repository;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (alliances.any()) {
      return;
    }
    Instant start = Instant.now();
    frailtyAlliance();
    propose("mia", MENTAL_HEALTH, "PROJECT_ALLIANCE", "Joined-up crisis care for adults with severe mental illness",
        "Fewer crisis admissions; people seen within 4 hours");
    LOG.info("Demo alliances ready in {} ms", Duration.between(start, Instant.now()).toMillis());
  }

  private void frailtyAlliance() {
    String ref = propose("mia", FRAILTY, "STRATEGIC_ALLIANCE",
        "Keep frail older people well at home instead of in hospital",
        "Emergency admissions of people over 75 down 15% in two years; every frail person with a care plan");
    submit(ref, "Task_DefinePartnerCriteria", "mia", values(
        "objectives", "Emergency admissions of people over 75 down 15% in two years; every frail person with a care plan",
        "partnerCriteria", "Community health and social care at scale; willing to share data and budgets; in for five years"));
    submit(ref, "Task_NominateCandidates", "mia", values("candidates",
        FormJson.of(List.of("northside-hospital", "city-council", "community-care-trust", "riverside-gp-federation")),
        "nominationNote", "The four organisations serving North City's older people"));
    eachPartner(ref, "Task_AssessCandidateFit", partner -> fit(partner));
    submit(ref, "Task_SelectPartners", "mia", values("selectedPartners", FormJson.of(PARTNERS),
        "selectionRationale", "The three best fits; Riverside GP Federation prefers to join later"));
    submit(ref, "Task_ApproveSelection", "bob", values("selectionDecision", "APPROVE",
        "selectionDecisionReason", "Hospital, council and community care together cover the whole pathway"));
    submit(ref, "Task_DraftTerms", "mia", terms());
    submit(ref, "Task_LegalReview", "lee", values("legalDecision", "APPROVE",
        "legalComments", "Data sharing schedule and exit provisions are sound"));
    eachPartner(ref, "Task_SignAgreement", partner -> values("signatureDecision", "SIGN"));
    submit(ref, "Task_ApproveAgreement", "bob", values("agreementDecision", "APPROVE",
        "agreementDecisionReason", "Balanced commitments, clear governance"));

    // first review: healthy
    fireReviewTimer(ref);
    eachRater(ref, (partner, nth) -> health(partner.equals("city-council") ? 4 : 5, 4, 4, 4 - nth,
        nth == 0 ? "Good start: everyone turns up to the leadership team." : null));
    submit(ref, "Task_RecordObjectiveAchievement", "mia", values("kpiActuals", kpiValues(60, 52, 4),
        "contributions", contributions(35, "Home care packages within 48 hours; two social workers in the team",
            20, "Community nurses and the falls service", 45, "Discharge team and a geriatrician"),
        "objectiveNotes", "Admissions of over-75s down 3% in the first quarter; care plans started in every practice",
        "capabilityNotes", "Joint discharge team in place"));

    // second review: the council sees trust and decision-making very differently
    fireReviewTimer(ref);
    eachRater(ref, (partner, nth) -> partner.equals("city-council")
        ? health(1 + nth, 2, 3, 3, nth == 0 ? "The budget for home care was decided without us." : null)
        : health(4, 4 - nth % 2, 3, 3, nth == 0 ? "Coordination slipped over the winter." : null));
    submit(ref, "Task_RecordObjectiveAchievement", "mia", values("kpiActuals", kpiValues(58, 47, 5),
        "contributions", contributions(22, "Home care packages; one of the two social workers left in the winter",
            20, "Community nurses and the falls service", 58, "Discharge team, a geriatrician and winter beds"),
        "objectiveNotes", "Admissions down 6%; winter pressures slowed the care plans below the minimum agreed"));
    submit(ref, "Task_ReconcilePerceptions", "mia", values(
        "reconciliationSummary", "The council was not consulted on the home-care budget. All partners agreed that "
            + "budget decisions go to the full leadership team from now on.",
        "agreedReadings", FormJson.of(List.of(
            values("dimension", "trust", "reading", "Trust was damaged by one decision; repairable if budgets are shared openly"),
            values("dimension", "decisionMaking", "reading", "Decisions between meetings were taken by two partners alone")))));
    submit(ref, "Task_AgreeImprovementPlan", "mia", values("improvementActions", FormJson.of(List.of(
            action("trust", "Open-book review of the pooled budget with all three finance directors", "user:carl", 30),
            action("decisionMaking", "All budget decisions to the monthly leadership team; no decisions between meetings",
                "user:mia", 14),
            action("managementCapability", "Weekly joint huddle of the discharge team", "group:northside-hospital", 21),
            action("flexibility", "Winter plan agreed by September, with a surge fund", "user:cara", 60))),
        "planSummary", "Reviewed at every leadership team meeting until the next review"));

    // the agreement varied between reviews, as the plan said: budget decisions to the whole leadership team
    commands.requestVariation(Person.of("mia", identity.createGroupQuery().groupMember("mia").list().stream()
        .map(Group::getId).toList()), ref, "Budget decisions go to the full leadership team, as the second review agreed");
    Map<String, Object> varied = new java.util.LinkedHashMap<>(terms());
    varied.put("governance", "Monthly alliance leadership team of the three chief executives, chaired in turn; "
        + "every budget decision at the full leadership team, none between meetings");
    varied.put("variationDecision", "PROCEED");
    submit(ref, "Task_DraftTerms", "mia", varied);
    submit(ref, "Task_LegalReview", "lee", values("legalDecision", "APPROVE",
        "legalComments", "A change of governance only; the rest stands"));
    eachPartner(ref, "Task_SignAgreement", partner -> values("signatureDecision", "SIGN"));
    submit(ref, "Task_ApproveAgreement", "nora", values("agreementDecision", "APPROVE",
        "agreementDecisionReason", "What the partners agreed after the second review"));

    // third review: waiting for every partner's health assessment
    fireReviewTimer(ref);
    await(ref, "Task_AssessPartnerHealth", (int) PARTNERS.stream()
        .mapToLong(partner -> identity.createUserQuery().memberOfGroup(partner).count()).sum());
  }

  private String propose(String user, String name, String type, String purpose, String objectives) {
    String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(LifecycleProcess.KEY)
        .latestVersion().singleResult().getId();
    return as(user, () -> forms.submitStartForm(definitionId, values("allianceName", name, "allianceType", type,
        "purpose", purpose, "objectives", objectives, "reviewCycle", "P3M")).getBusinessKey());
  }

  private void submit(String reference, String taskKey, String user, Map<String, Object> values) {
    Task task = await(reference, taskKey, 1).get(0);
    as(user, () -> {
      tasks.claim(task.getId(), user);
      forms.submitTaskForm(task.getId(), values);
      return null;
    });
  }

  private void eachPartner(String reference, String taskKey, Function<String, Map<String, Object>> values) {
    List<Task> open = await(reference, taskKey, 1);
    for (Task task : open) {
      String organisation = task.getTaskDefinitionKey().equals("Task_AssessCandidateFit")
          ? String.valueOf(tasks.getVariable(task.getId(), "candidate"))
          : String.valueOf(tasks.getVariable(task.getId(), "partner"));
      String representative = DemoUsers.lead(organisation);
      as(representative, () -> {
        forms.submitTaskForm(task.getId(), values.apply(organisation));
        return null;
      });
    }
  }

  /**
   * Every representative answers their own health assessment: the values for their organisation
   * and for the how-manieth of its people they are (0 for the first), so that colleagues differ a
   * little, as they do.
   */
  private void eachRater(String reference, BiFunction<String, Integer, Map<String, Object>> values) {
    Map<String, Integer> answered = new LinkedHashMap<>();
    for (Task task : await(reference, "Task_AssessPartnerHealth", 1)) {
      String organisation = String.valueOf(tasks.getVariable(task.getId(), "partner"));
      int nth = answered.merge(organisation, 1, Integer::sum) - 1;
      as(task.getAssignee(), () -> {
        forms.submitTaskForm(task.getId(), values.apply(organisation, nth));
        return null;
      });
    }
  }

  /** The next review falls due now: what an administrator does by executing the timer job early. */
  private void fireReviewTimer(String reference) {
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(LifecycleProcess.KEY)
        .processInstanceBusinessKey(reference).singleResult().getId();
    Job timer = awaitJob(instance);
    management.executeJob(timer.getId());
  }

  private Job awaitJob(String processInstanceId) {
    return poll(() -> management.createJobQuery().processInstanceId(processInstanceId)
        .activityId(LifecycleProcess.EVENT_REVIEW_DUE).singleResult(), "the review timer");
  }

  /**
   * The open tasks of this element once the process has reached them. Multi-instance tasks
   * continue asynchronously; the job executor starts only when the application is ready, after
   * this runner, so the due jobs are run here.
   */
  private List<Task> await(String reference, String taskKey, int atLeast) {
    return poll(() -> {
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).list();
      return open.size() >= atLeast ? open : null;
    }, taskKey);
  }

  private <T> T poll(java.util.function.Supplier<T> probe, String what) {
    for (int round = 0; round < 20; round++) {
      T result = probe.get();
      if (result != null) {
        return result;
      }
      management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }
    throw new IllegalStateException("The demo alliance did not reach " + what);
  }

  private <T> T as(String user, java.util.function.Supplier<T> work) {
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static Map<String, Object> fit(String organisation) {
    int score = switch (organisation) {
      case "northside-hospital" -> 5;
      case "community-care-trust" -> 4;
      default -> 4;
    };
    Map<String, Object> values = values("strategicFit", String.valueOf(score), "goalCongruence", String.valueOf(score),
        "incentiveCongruence", organisation.equals("city-council") ? "3" : "4", "culturalCompatibility", "4",
        "timeHorizonAlignment", organisation.equals("riverside-gp-federation") ? "2" : "4",
        "complementaryCapabilities", "5", "opportunismRisk", organisation.equals("riverside-gp-federation") ? "3" : "2");
    values.put("willingToJoin", organisation.equals("riverside-gp-federation") ? "NO" : "YES");
    values.put("fitComment", organisation.equals("riverside-gp-federation")
        ? "Our practices are merging this year; we would like to join in 2027." : "We are ready to commit staff.");
    return values;
  }

  private static Map<String, Object> terms() {
    List<Map<String, Object>> commitments = List.of(
        commitment("northside-hospital", "Northside Hospital NHS Foundation Trust",
            "Frailty consultants, the discharge team and 10 step-down beds", 45),
        commitment("city-council", "City Council Adult Social Care", "Home care packages within 48 hours, social workers", 35),
        commitment("community-care-trust", "Community Care Trust", "Community nurses and the falls service", 20));
    return values("formality", "FORMAL", "coordination", "HIGH",
        "governance", "Monthly alliance leadership team of the three chief executives, chaired in turn",
        "decisionRule", "UNANIMOUS", "partnerCommitments", FormJson.of(commitments),
        "riskGainShare", "Savings from avoided admissions shared in proportion to the expected shares",
        "objectivesAndKpis", "Emergency admissions over 75 down 15%; care plans for 90% of frail people; "
            + "home within two days of being ready to leave hospital",
        "kpis", FormJson.of(List.of(
            kpi("Emergency admissions of people over 75", "per 1,000 people over 75, a quarter", "LOWER", 62, 53, 62),
            kpi("Frail people with a care plan", "% of the frailty register", "HIGHER", 35, 90, 50),
            kpi("Days from ready to leave hospital to home", "median days, a quarter", "LOWER", 6, 2, 5))),
        "reviewCycle", "P3M", "exitProvisions", "Twelve months' notice; services handed back to each partner; "
            + "shared records stay with the patient's GP",
        // a three-year term: six months before it ends, the leadership team decides on renewal
        "validUntil", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusYears(3).toString(), "noticePeriod", "P6M");
  }

  private static Map<String, Object> kpi(String name, String measure, String direction, double baseline,
      double target, double minimum) {
    return values("kpiName", name, "kpiMeasure", measure, "kpiDirection", direction, "kpiBaseline", baseline,
        "kpiTarget", target, "kpiMinimum", minimum);
  }

  /** This period's value of each KPI of the agreement, in its order. */
  private static Object kpiValues(double admissions, double carePlans, double days) {
    return FormJson.of(List.of(
        values("kpi", "Emergency admissions of people over 75", "kpiActual", admissions),
        values("kpi", "Frail people with a care plan", "kpiActual", carePlans),
        values("kpi", "Days from ready to leave hospital to home", "kpiActual", days)));
  }

  /** What each partner delivered this period, in the agreement's order (by name), against its expected share. */
  private static Object contributions(double city, String cityWords, double community, String communityWords,
      double northside, String northsideWords) {
    return FormJson.of(List.of(
        values("contributionPartner", "City Council Adult Social Care", "contributionExpected", 35, "deliveredShare", city,
            "delivered", cityWords),
        values("contributionPartner", "Community Care Trust", "contributionExpected", 20, "deliveredShare", community,
            "delivered", communityWords),
        values("contributionPartner", "Northside Hospital NHS Foundation Trust", "contributionExpected", 45,
            "deliveredShare", northside, "delivered", northsideWords)));
  }

  private static Map<String, Object> commitment(String id, String name, String commitment, double share) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("organisationName", name);
    row.put("organisationId", id);
    row.put("commitment", commitment);
    // the alliance's own leadership team: each partner's lead representative
    row.put("leadershipMember", DemoUsers.lead(id));
    row.put("expectedShare", share);
    return row;
  }

  /** Answers to every statement, per dimension around the level given (4 for a dimension not named), and a trust comment. */
  private Map<String, Object> health(int trust, int decisionMaking, int management, int flexibility, String comment) {
    Map<String, Integer> levels = Map.of("trust", trust, "decisionMaking", decisionMaking,
        "managementCapability", management, "flexibility", flexibility);
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Dimension dimension : model.dimensions()) {
      int level = levels.getOrDefault(dimension.key(), 4);
      for (int i = 0; i < dimension.statementKeys().size(); i++) {
        // a little spread between the statements of a dimension, as real answers have
        int answer = Math.max(1, Math.min(5, level + (i == 2 && level > 1 ? -1 : 0)));
        answers.put(dimension.statementKeys().get(i), String.valueOf(answer));
      }
    }
    if (comment != null) {
      model.dimension("trust").map(Dimension::commentKey).ifPresent(key -> answers.put(key, comment));
    }
    return answers;
  }

  private static Map<String, Object> action(String dimension, String action, String owner, int days) {
    return values("dimension", dimension, "action", action, "owner", owner,
        "dueDate", LocalDate.now().plusDays(days).toString());
  }

  private static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

}
