package org.alliancecompass.alliance;

import static org.alliancecompass.support.FormValues.health;
import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.agreement.AgreementRepository;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.dissolution.DissolutionRepository;
import org.alliancecompass.review.Dimension;
import org.alliancecompass.review.Review;
import org.alliancecompass.review.ReviewRepository;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One alliance's whole life, driven as the demo users through the engine REST API only, each
 * task completed by submitting its Camunda Form's field values the way Tasklist does: proposal,
 * partner selection, a formal agreement, a HEALTHY review, a CRITICAL review ending in a
 * unanimous vote to dissolve, and the dissolution.
 */
class AllianceJourneyIT extends InProcessApplication {

  static final Map<String, String> REPRESENTATIVES = Map.of("northside-hospital", "nora", "city-council", "carl",
      "community-care-trust", "cara", "riverside-gp-federation", "ravi");
  static final List<String> PARTNERS = List.of("northside-hospital", "city-council", "community-care-trust");

  private final TasklistClient tasklist;
  private final AllianceRepository alliances;
  private final PartnerRepository partners;
  private final AgreementRepository agreements;
  private final ReviewRepository reviews;
  private final DecisionRegister decisions;
  private final DissolutionRepository dissolutions;

  AllianceJourneyIT(@LocalServerPort int port, AllianceRepository alliances, PartnerRepository partners,
      AgreementRepository agreements, ReviewRepository reviews, DecisionRegister decisions,
      DissolutionRepository dissolutions) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.alliances = alliances;
    this.partners = partners;
    this.agreements = agreements;
    this.reviews = reviews;
    this.decisions = decisions;
    this.dissolutions = dissolutions;
  }

  @Test
  @DisplayName("From proposal to dissolution through the REST API, as Tasklist submits forms")
  void wholeLife() {
    // proposal: the start form, as Tasklist submits it
    Rest.Response started = tasklist.as("mia").post("/engine-rest/process-definition/key/alliance-lifecycle/submit-form",
        Map.of("variables", TasklistClient.variables(values("allianceName", "East Bay Stroke Alliance",
            "allianceType", "ALLIANCE_CONTRACT", "purpose", "Stroke care from ambulance to home",
            "objectives", "Thrombolysis within 60 minutes for 90% of patients", "reviewCycle", "P3M"))));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String reference = started.json().path("businessKey").asText();
    assertThat(reference).matches("ALL-\\d{4}-\\d{4}");

    // partner selection
    tasklist.complete("mia", reference, "Task_DefinePartnerCriteria", values(
        "objectives", "Thrombolysis within 60 minutes for 90% of patients", "partnerCriteria", "Stroke services"));
    tasklist.complete("mia", reference, "Task_NominateCandidates", values("candidates",
        List.of("northside-hospital", "city-council", "community-care-trust", "riverside-gp-federation")));
    eachCandidate(reference);
    tasklist.complete("mia", reference, "Task_SelectPartners", values("selectedPartners", PARTNERS,
        "selectionRationale", "The willing three cover the pathway"));
    tasklist.complete("bob", reference, "Task_ApproveSelection", values("selectionDecision", "APPROVE",
        "selectionDecisionReason", "Good coverage"));
    // the partners are confirmed in a step of its own, after the board's approval is committed
    List<Partner> selected = await(() -> {
      List<Partner> confirmed = partners.ofAlliance(reference).stream().filter(p -> p.status().equals("SELECTED"))
          .toList();
      return confirmed.isEmpty() ? null : confirmed;
    });
    assertThat(selected).extracting(Partner::organisationId).containsExactlyInAnyOrderElementsOf(PARTNERS);

    // agreement: formal, so legal reviews it; every partner signs; the board approves
    tasklist.complete("mia", reference, "Task_DraftTerms", terms());
    tasklist.complete("lee", reference, "Task_LegalReview", values("legalDecision", "APPROVE", "legalComments", "Fine"));
    eachPartner(reference, "Task_SignAgreement", partner -> values("signatureDecision", "SIGN"));
    tasklist.complete("bob", reference, "Task_ApproveAgreement", values("agreementDecision", "APPROVE",
        "agreementDecisionReason", "Clear terms"));
    Agreement inForce = await(() -> agreements.inForce(reference).orElse(null));
    assertThat(inForce.commitments()).extracting(Agreement.Commitment::expectedShare).containsExactlyInAnyOrder(50.0, 30.0, 20.0);
    assertThat(await(() -> "ACTIVE".equals(alliances.find(reference).orElseThrow().status()) ? true : null)).isTrue();

    // first review, run now instead of in three months: HEALTHY
    tasklist.executeReviewTimer(reference);
    eachPartner(reference, "Task_AssessPartnerHealth", partner -> health(4, 5, 4, 3));
    tasklist.complete("mia", reference, "Task_RecordObjectiveAchievement", values("objectivesAchieved", 40,
        "objectiveNotes", "Door-to-needle 70 minutes, improving"));
    Review first = await(() -> closedReview(reference, 1));
    assertThat(first.gateOutcome()).isEqualTo("HEALTHY");
    assertThat(first.trustScore()).isEqualTo(75.0);
    assertThat(first.decisionMakingScore()).isEqualTo(100.0);
    assertThat(first.flexibilityScore()).isEqualTo(50.0);
    assertThat(first.overallScore()).isEqualTo(75.0);
    assertThat(first.perceptionGap()).isEqualTo(0.0);
    assertThat(first.responseRate()).isEqualTo(1.0);
    assertThat(reviews.partnerScores(first.id())).hasSize(PARTNERS.size() * Dimension.values().length);
    everySeriesDrawn(reference);

    // second review: CRITICAL, and the partners vote unanimously to dissolve
    tasklist.executeReviewTimer(reference);
    eachPartner(reference, "Task_AssessPartnerHealth", partner -> health(1, 2, 1, 2));
    tasklist.complete("mia", reference, "Task_RecordObjectiveAchievement", values("objectivesAchieved", 10,
        "objectiveNotes", "No improvement since the ambulance service left"));
    eachPartner(reference, "Task_CastPartnerVote", partner -> values("vote", "DISSOLVE",
        "voteRationale", "The pathway cannot work without the ambulance service"));
    Review second = await(() -> closedReview(reference, 2));
    assertThat(second.gateOutcome()).isEqualTo("CRITICAL");
    assertThat(second.overallScore()).isEqualTo(12.5);
    assertThat(second.trend()).isEqualTo(-62.5);
    assertThat(second.decision()).isEqualTo("DISSOLVE");
    assertThat(second.decisionBasis()).isEqualTo("UNANIMOUS_VOTE");
    assertThat(reviews.votes(second.id())).hasSize(3);

    // dissolution
    tasklist.complete("mia", reference, "Task_PrepareExitPlan", values("obligations", "Final payments by March",
        "sharedAssetsAndData", "Registry data returned to each trust", "serviceContinuity", "Each hospital keeps its stroke unit",
        "communications", "Joint statement to staff and patients", "exitDate", LocalDate.now().plusMonths(3).toString()));
    eachPartner(reference, "Task_ConfirmObligationsSettled", partner -> values("obligationsSettled", true,
        "settlementNotes", "Paid"));
    tasklist.complete("mia", reference, "Task_RecordLessonsLearned", values("lessonTrust", "Involve the ambulance service",
        "lessonDecisionMaking", "Unanimity worked", "lessonManagementCapability", "A shared registry helps",
        "lessonFlexibility", "Plan for a partner leaving"));

    // then: the alliance is dissolved, its history complete
    assertThat(await(() -> "DISSOLVED".equals(alliances.find(reference).orElseThrow().status()) ? true : null)).isTrue();
    assertThat(partners.ofAlliance(reference)).filteredOn(p -> PARTNERS.contains(p.organisationId()))
        .extracting(Partner::status).containsOnly("EXITED");
    assertThat(dissolutions.lessons(reference)).hasSize(4);
    List<Decision> register = decisions.ofAlliance(reference);
    assertThat(register).extracting(Decision::decision).containsSubsequence(
        "NOMINATE", "SELECT", "APPROVE", "APPROVE", "SIGN", "SIGN", "SIGN", "APPROVE", "HEALTHY", "CRITICAL",
        "DISSOLVE", "DISSOLVE", "DISSOLVE", "DISSOLVE", "SETTLED", "SETTLED", "SETTLED", "DISSOLVED");
    assertThat(register).filteredOn(d -> d.decision().equals("APPROVE") && d.stage().equals("SELECTION"))
        .singleElement().satisfies(d -> {
          assertThat(d.decidedBy()).isEqualTo("bob");
          assertThat(d.rationale()).isEqualTo("Good coverage");
          assertThat(d.decidedAt()).isNotNull();
        });
    assertThat(register).filteredOn(d -> d.decision().equals("SIGN")).extracting(Decision::decidedBy)
        .containsExactlyInAnyOrder("nora", "carl", "cara");

    // and the contract variables of the reviews are in Camunda's history
    JsonNode outcomes = tasklist.as("admin").get("/engine-rest/history/variable-instance?variableName=gateOutcome"
        + "&processDefinitionKey=alliance-review&processInstanceIdIn=" + first.processInstanceId() + ","
        + second.processInstanceId()).json();
    assertThat(outcomes.findValuesAsText("value")).containsExactlyInAnyOrder("HEALTHY", "CRITICAL");
  }

  /**
   * The partners answered alike, and two dimensions scored alike: the alliance page's charts still show
   * every partner and every dimension, each coinciding one named in the legend with the one it covers.
   */
  @SuppressWarnings("unchecked")
  private void everySeriesDrawn(String reference) {
    try (Browser browser = Browser.headlessChromium().desktop()) {
      browser.signIn(baseUrl(), "mia", "mia");
      browser.driver().get(baseUrl() + "/alliances/" + reference);
      String legends = """
          var canvas = document.getElementById(arguments[0]);
          var chart = canvas && window.Chart && Chart.getChart(canvas);
          return chart ? chart.legend.legendItems.filter(function (item) { return !item.hidden; })
            .map(function (item) { return item.text; }) : null;""";
      List<String> radar = (List<String>) browser.await()
          .until(d -> ((JavascriptExecutor) d).executeScript(legends, "partner-chart"));
      List<String> lines = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(legends, "health-chart");
      browser.screenshot("alliance-charts-coinciding");
      assertThat(radar).hasSize(PARTNERS.size()).filteredOn(text -> text.contains(" (same as ")).hasSize(2);
      assertThat(lines).contains("Management capability (same as Trust and loyalty)", "Overall (same as Trust and loyalty)")
          .hasSize(Dimension.values().length + 1);
    }
  }

  private void eachCandidate(String reference) {
    for (JsonNode task : tasksOfAllPartners(reference, "Task_AssessCandidateFit", List.copyOf(REPRESENTATIVES.keySet()))) {
      String organisation = task.path("organisation").asText();
      Map<String, Object> answers = values("strategicFit", "4", "goalCongruence", "4", "incentiveCongruence", "4",
          "culturalCompatibility", "4", "timeHorizonAlignment", "4", "complementaryCapabilities", "5",
          "opportunismRisk", "2", "willingToJoin", organisation.equals("riverside-gp-federation") ? "NO" : "YES");
      submit(REPRESENTATIVES.get(organisation), task.path("task").path("id").asText(), answers);
    }
  }

  private void eachPartner(String reference, String taskKey, java.util.function.Function<String, Map<String, Object>> values) {
    for (JsonNode task : tasksOfAllPartners(reference, taskKey, PARTNERS)) {
      String organisation = task.path("organisation").asText();
      submit(REPRESENTATIVES.get(organisation), task.path("task").path("id").asText(), values.apply(organisation));
    }
  }

  /** Each organisation's representative sees exactly one task of the element: its own organisation's. */
  private List<JsonNode> tasksOfAllPartners(String reference, String taskKey, List<String> organisations) {
    List<JsonNode> tasks = new java.util.ArrayList<>();
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

  private Review closedReview(String reference, int number) {
    return reviews.ofAlliance(reference).stream()
        .filter(r -> r.reviewNo() == number && "CLOSED".equals(r.status())).findFirst().orElse(null);
  }

  static Map<String, Object> terms() {
    List<Map<String, Object>> commitments = List.of(
        commitment("northside-hospital", "Hyperacute stroke unit", 50),
        commitment("city-council", "Reablement at home", 30),
        commitment("community-care-trust", "Early supported discharge", 20));
    return values("formality", "FORMAL", "coordination", "HIGH", "governance", "Monthly stroke board",
        "decisionRule", "UNANIMOUS", "partnerCommitments", commitments, "riskGainShare", "By expected share",
        "objectivesAndKpis", "Door-to-needle under 60 minutes", "reviewCycle", "P3M", "exitProvisions", "Six months' notice");
  }

  static Map<String, Object> commitment(String organisation, String commitment, double share) {
    return values("organisationName", organisation, "organisationId", organisation, "commitment", commitment,
        "expectedShare", share);
  }

  /** Polls until the job executor has carried the process to where the value appears. */
  static <T> T await(java.util.function.Supplier<T> probe) {
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
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("Not reached within a minute");
  }
}
