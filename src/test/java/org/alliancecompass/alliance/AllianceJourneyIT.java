package org.alliancecompass.alliance;

import static org.alliancecompass.support.FormValues.health;
import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alliancecompass.identity.Reader;
import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.agreement.AgreementStatus;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.governance.DecisionTopic;
import org.alliancecompass.governance.PartnerDecisionProcess;
import org.alliancecompass.governance.PartnerDecisions;
import org.alliancecompass.dissolution.Dissolutions;
import org.alliancecompass.dissolution.Lesson;
import org.alliancecompass.dissolution.PlannedExit;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.review.DecisionBasis;
import org.alliancecompass.review.GateOutcome;
import org.alliancecompass.review.ReviewDecision;
import org.alliancecompass.review.ReviewStatus;
import org.alliancecompass.support.FormValues;
import org.alliancecompass.support.Journeys;
import org.alliancecompass.review.Review;
import org.alliancecompass.review.Reviews;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.alliancecompass.decision.DecisionStage;

/**
 * One alliance's whole life, driven as the demo users through the engine REST API only, each
 * task completed by submitting its Camunda Form's field values the way Tasklist does: proposal,
 * partner selection, a formal agreement, a HEALTHY review, a CRITICAL review ending in a
 * unanimous vote to dissolve, and the dissolution.
 */
class AllianceJourneyIT extends InProcessApplication {

  static final List<String> PARTNERS = Journeys.PARTNERS;

  private final TasklistClient tasklist;
  private final Journeys journeys;
  private final Alliances alliances;
  private final Agreements agreements;
  private final Reviews reviews;
  private final DecisionRegister decisions;
  private final Dissolutions dissolutions;
  private final HealthModel health;
  private final PartnerDecisions partnerDecisions;

  AllianceJourneyIT(@LocalServerPort int port, Alliances alliances,
      Agreements agreements, Reviews reviews, DecisionRegister decisions,
      Dissolutions dissolutions, HealthModel health, PartnerDecisions partnerDecisions) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.journeys = new Journeys(tasklist);
    this.alliances = alliances;
    this.agreements = agreements;
    this.reviews = reviews;
    this.decisions = decisions;
    this.dissolutions = dissolutions;
    this.health = health;
    this.partnerDecisions = partnerDecisions;
  }

  @Test
  @DisplayName("From proposal to dissolution through the REST API, as Tasklist submits forms")
  void wholeLife() {
    // proposal (the start form, as Tasklist submits it) and partner selection
    String reference = journeys.propose("East Bay Stroke Alliance");
    assertThat(reference).matches("ALL-\\d{4}-\\d{4}");
    journeys.selectPartners(reference);
    // the partners are confirmed in a step of its own, after the board's approval is committed
    List<Partner> selected = await(() -> {
      List<Partner> confirmed = alliances.partners(reference).stream().filter(p -> p.status() == PartnerStatus.SELECTED)
          .toList();
      return confirmed.isEmpty() ? null : confirmed;
    });
    assertThat(selected).extracting(Partner::organisationId).containsExactlyInAnyOrderElementsOf(PARTNERS);

    // agreement: formal, so legal reviews it; every partner signs; the board approves
    journeys.agree(reference);
    Agreement inForce = await(() -> agreements.inForce(reference).orElse(null));
    assertThat(inForce.commitments()).extracting(Agreement.Commitment::expectedShare).containsExactlyInAnyOrder(50.0, 30.0, 20.0);
    assertThat(await(() -> alliances.find(reference).orElseThrow().status() == AllianceStatus.ACTIVE ? true : null)).isTrue();

    // first review, run now instead of in three months: HEALTHY
    tasklist.executeReviewTimer(reference);
    journeys.eachRater(reference, partner -> health(4, 5, 4, 3));
    tasklist.complete("mia", reference, "Task_RecordObjectiveAchievement", values("kpiActuals",
        Journeys.doorToNeedle(66), "objectiveNotes", "Door-to-needle 66 minutes, improving"));
    Review first = await(() -> closedReview(reference, 1));
    assertThat(first.gateOutcome()).isEqualTo(GateOutcome.HEALTHY);
    assertThat(first.score("trust")).isEqualTo(75.0);
    assertThat(first.score("decisionMaking")).isEqualTo(100.0);
    assertThat(first.score("flexibility")).isEqualTo(50.0);
    assertThat(first.overallScore()).isEqualTo(75.0);
    assertThat(first.perceptionGap()).isEqualTo(0.0);
    assertThat(first.responseRate()).isEqualTo(1.0);
    assertThat(first.objectivesAchieved()).as("9 of the 15 minutes to the target").isEqualTo(60);
    assertThat(reviews.partnerScores(reference, new Reader(false, Set.copyOf(PARTNERS))))
        .filteredOn(s -> s.reviewId() == first.id())
        .hasSize(PARTNERS.size() * health.dimensions().size());
    everySeriesDrawn(reference);

    // second review: CRITICAL, and the partners vote unanimously to dissolve
    tasklist.executeReviewTimer(reference);
    journeys.eachRater(reference, partner -> health(1, 2, 1, 2));
    tasklist.complete("mia", reference, "Task_RecordObjectiveAchievement", values("kpiActuals",
        Journeys.doorToNeedle(82), "objectiveNotes", "No improvement since the ambulance service left"));
    eachPartner(reference, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "DISSOLVE",
        "voteRationale", "The pathway cannot work without the ambulance service"));
    Review second = await(() -> closedReview(reference, 2));
    assertThat(second.gateOutcome()).isEqualTo(GateOutcome.CRITICAL);
    assertThat(second.overallScore()).isEqualTo(12.5);
    assertThat(second.trend()).isEqualTo(-62.5);
    assertThat(second.decision()).isEqualTo(ReviewDecision.DISSOLVE);
    JsonNode kpis = tasklist.as("mia").get("/api/alliances/" + reference + "/kpis").json();
    assertThat(kpis.findValuesAsText("name")).containsExactly("Door-to-needle time");
    assertThat(kpis.get(0).path("values").findValuesAsText("actual")).containsExactly("66.0", "82.0");
    assertThat(kpis.get(0).path("values").findValuesAsText("belowMinimum")).containsExactly("false", "true");
    assertThat(second.decisionBasis()).isEqualTo(DecisionBasis.UNANIMOUS_VOTE);
    assertThat(partnerDecisions.ofAlliance(reference)).singleElement().satisfies(decision -> {
      assertThat(decision.topic()).isEqualTo(DecisionTopic.WAY_FORWARD);
      assertThat(decision.partnersAsked()).isEqualTo(3);
      assertThat(decision.outcome()).isEqualTo("DISSOLVE");
    });

    // dissolution
    tasklist.complete("mia", reference, "Task_PrepareExitPlan", values("obligations", "Final payments by March",
        "sharedAssetsAndData", "Registry data returned to each trust", "serviceContinuity", "Each hospital keeps its stroke unit",
        "communications", "Joint statement to staff and patients", "exitDate", LocalDate.now().plusMonths(3).toString()));
    eachPartner(reference, "Task_ConfirmObligationsSettled", partner -> values("obligationsStatus", "SETTLED",
        "settlementNotes", "Paid"));
    tasklist.complete("mia", reference, "Task_RecordLessonsLearned", values("lessons",
        FormValues.lessons("Involve the ambulance service", "Unanimity worked", "A shared registry helps",
            "Plan for a partner leaving")));

    // then: the alliance is dissolved, its history complete
    assertThat(await(() -> alliances.find(reference).orElseThrow().status() == AllianceStatus.DISSOLVED ? true : null)).isTrue();
    assertThat(alliances.partners(reference)).filteredOn(p -> PARTNERS.contains(p.organisationId()))
        .extracting(Partner::status).containsOnly(PartnerStatus.EXITED);
    assertThat(dissolutions.lessons(reference)).hasSize(4);
    List<Decision> register = decisions.ofAlliance(reference);
    assertThat(register).extracting(Decision::decision).containsSubsequence(
        "NOMINATE", "SELECT", "APPROVE", "APPROVE", "SIGN", "SIGN", "SIGN", "APPROVE", "HEALTHY", "CRITICAL",
        "DISSOLVE", "DISSOLVE", "DISSOLVE", "DISSOLVE", "SETTLED", "SETTLED", "SETTLED", "DISSOLVED");
    assertThat(register).filteredOn(d -> d.decision().equals("APPROVE") && d.stage() == DecisionStage.SELECTION)
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
      // the manager's radar holds the one organisation enough of whose people answered (three)
      assertThat(radar).containsExactly("Northside Hospital NHS Foundation Trust");
      assertThat(lines).contains("Management capability (same as Trust and loyalty)", "Overall (same as Trust and loyalty)")
          .hasSize(health.dimensions().size() + 1);
    }
  }

  private void eachPartner(String reference, String taskKey, java.util.function.Function<String, Map<String, Object>> values) {
    journeys.eachPartner(reference, taskKey, values);
  }

  private Review closedReview(String reference, int number) {
    return reviews.ofAlliance(reference).stream()
        .filter(r -> r.reviewNo() == number && r.status() == ReviewStatus.CLOSED).findFirst().orElse(null);
  }

  static <T> T await(java.util.function.Supplier<T> probe) {
    return Journeys.await(probe);
  }
}
