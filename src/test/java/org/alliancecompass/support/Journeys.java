package org.alliancecompass.support;

import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An alliance's way from proposal to the agreement in force, as the demo users take it through the
 * running application: the start form and every task's form submitted as Tasklist does.
 */
public final class Journeys {

  public static final Map<String, String> REPRESENTATIVES = Map.of("northside-hospital", "nora", "city-council", "carl",
      "community-care-trust", "cara", "riverside-gp-federation", "ravi");
  public static final List<String> PARTNERS = List.of("northside-hospital", "city-council", "community-care-trust");
  /** Every representative of the demo's partner organisations: each answers a health assessment of their own. */
  public static final Map<String, List<String>> PEOPLE = Map.of("northside-hospital", List.of("nora", "nate", "nadia"),
      "city-council", List.of("carl", "cleo"), "community-care-trust", List.of("cara"),
      "riverside-gp-federation", List.of("ravi"));

  private final TasklistClient tasklist;

  public Journeys(TasklistClient tasklist) {
    this.tasklist = tasklist;
  }

  /** Proposes an alliance as mia, with the start form through the engine REST API; returns its reference. */
  public String propose(String name) {
    Rest.Response started = tasklist.as("mia").post("/engine-rest/process-definition/key/alliance-lifecycle/submit-form",
        Map.of("variables", TasklistClient.variables(values("allianceName", name, "allianceType", "ALLIANCE_CONTRACT",
            "purpose", "Stroke care from ambulance to home", "objectives",
            "Thrombolysis within 60 minutes for 90% of patients", "reviewCycle", "P3M"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json().path("businessKey").asText();
  }

  /** Partner selection: the three demo partners are nominated with Riverside, which declines; the board approves. */
  public void selectPartners(String reference) {
    tasklist.complete("mia", reference, "Task_DefinePartnerCriteria", values(
        "objectives", "Thrombolysis within 60 minutes for 90% of patients", "partnerCriteria", "Stroke services"));
    tasklist.complete("mia", reference, "Task_NominateCandidates", values("candidates",
        List.of("northside-hospital", "city-council", "community-care-trust", "riverside-gp-federation")));
    for (JsonNode task : tasksOfAll(reference, "Task_AssessCandidateFit", List.copyOf(REPRESENTATIVES.keySet()))) {
      String organisation = task.path("organisation").asText();
      submit(REPRESENTATIVES.get(organisation), task.path("task").path("id").asText(), values("strategicFit", "4",
          "goalCongruence", "4", "incentiveCongruence", "4", "culturalCompatibility", "4", "timeHorizonAlignment", "4",
          "complementaryCapabilities", "5", "opportunismRisk", "2",
          "willingToJoin", organisation.equals("riverside-gp-federation") ? "NO" : "YES"));
    }
    tasklist.complete("mia", reference, "Task_SelectPartners", values("selectedPartners", PARTNERS,
        "selectionRationale", "The willing three cover the pathway"));
    tasklist.complete("bob", reference, "Task_ApproveSelection", values("selectionDecision", "APPROVE",
        "selectionDecisionReason", "Good coverage"));
  }

  /** The agreement: formal, so legal reviews it; every partner signs; the board approves. */
  public void agree(String reference) {
    tasklist.complete("mia", reference, "Task_DraftTerms", terms());
    tasklist.complete("lee", reference, "Task_LegalReview", values("legalDecision", "APPROVE", "legalComments", "Fine"));
    eachPartner(reference, "Task_SignAgreement", partner -> values("signatureDecision", "SIGN"));
    tasklist.complete("bob", reference, "Task_ApproveAgreement", values("agreementDecision", "APPROVE",
        "agreementDecisionReason", "Clear terms"));
  }

  /** Each partner organisation's representative completes their own task of the element. */
  public void eachPartner(String reference, String taskKey, Function<String, Map<String, Object>> values) {
    eachPartner(reference, taskKey, PARTNERS, values);
  }

  /** Each of these organisations' representative completes their own task of the element. */
  public void eachPartner(String reference, String taskKey, List<String> organisations,
      Function<String, Map<String, Object>> values) {
    for (JsonNode task : tasksOfAll(reference, taskKey, organisations)) {
      String organisation = task.path("organisation").asText();
      submit(REPRESENTATIVES.get(organisation), task.path("task").path("id").asText(), values.apply(organisation));
    }
  }

  /** Every representative of every partner answers their own health assessment, the one they alone see. */
  public void eachRater(String reference, Function<String, Map<String, Object>> values) {
    eachRater(reference, PARTNERS, values);
  }

  /** Every representative of these partner organisations answers their own health assessment. */
  public void eachRater(String reference, List<String> organisations, Function<String, Map<String, Object>> values) {
    for (String organisation : organisations) {
      for (String person : PEOPLE.get(organisation)) {
        List<JsonNode> own = tasklist.await(person, reference, "Task_AssessPartnerHealth", 1);
        assertThat(own).as(person + " sees their own assessment only").hasSize(1);
        submit(person, own.get(0).path("id").asText(), values.apply(organisation));
      }
    }
  }

  /** Each organisation's representative sees exactly one task of the element: its own organisation's. */
  private List<JsonNode> tasksOfAll(String reference, String taskKey, List<String> organisations) {
    List<JsonNode> tasks = new ArrayList<>();
    for (String organisation : organisations) {
      List<JsonNode> own = tasklist.await(REPRESENTATIVES.get(organisation), reference, taskKey, 1);
      assertThat(own).as(organisation + " sees its own task only").hasSize(1);
      tasks.add(new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
          .put("organisation", organisation).set("task", own.get(0)));
    }
    return tasks;
  }

  private void submit(String user, String taskId, Map<String, Object> values) {
    Rest.Response response = tasklist.claimAndSubmit(user, taskId, values);
    assertThat(response.status()).as(user + ": " + response).isEqualTo(204);
  }

  /** The journey's one KPI: door-to-needle time, 75 minutes today, 60 committed, 70 the most accepted. */
  public static final Map<String, Object> DOOR_TO_NEEDLE = values("kpiName", "Door-to-needle time",
      "kpiMeasure", "median minutes, a quarter", "kpiDirection", "LOWER", "kpiBaseline", 75, "kpiTarget", 60,
      "kpiMinimum", 70);

  /** This period's door-to-needle time, as the review's objective achievement records it. */
  public static List<Map<String, Object>> doorToNeedle(double minutes) {
    return List.of(values("kpi", "Door-to-needle time", "kpiActual", minutes));
  }

  public static Map<String, Object> terms() {
    List<Map<String, Object>> commitments = List.of(
        commitment("northside-hospital", "Hyperacute stroke unit", 50),
        commitment("city-council", "Reablement at home", 30),
        commitment("community-care-trust", "Early supported discharge", 20));
    return values("formality", "FORMAL", "coordination", "HIGH", "governance", "Monthly stroke board",
        "decisionRule", "UNANIMOUS", "partnerCommitments", commitments, "riskGainShare", "By expected share",
        "objectivesAndKpis", "Door-to-needle under 60 minutes", "kpis", List.of(DOOR_TO_NEEDLE),
        "reviewCycle", "P3M", "exitProvisions", "Six months' notice");
  }

  static Map<String, Object> commitment(String organisation, String commitment, double share) {
    return values("organisationName", organisation, "organisationId", organisation, "commitment", commitment,
        "expectedShare", share);
  }

  /** Polls until the job executor has carried the process to where the value appears. */
  public static <T> T await(Supplier<T> probe) {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting", e);
      }
    }
    throw new AssertionError("Not there within a minute");
  }
}
