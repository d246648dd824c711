package org.alliancecompass.membership;

import static org.alliancecompass.support.FormValues.health;
import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.dissolution.DissolutionProcess;
import org.alliancecompass.governance.PartnerDecisionProcess;
import org.alliancecompass.review.Review;
import org.alliancecompass.review.ReviewStatus;
import org.alliancecompass.review.Reviews;
import org.alliancecompass.support.FormValues;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Journeys;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An alliance of three reviews its health, a fourth organisation joins and the next review asks
 * four, one partner leaves and the review after asks three: through the product's commands and the
 * forms in Tasklist, as the demo users.
 */
class MembershipJourneyIT extends InProcessApplication {

  static final String RIVERSIDE = "riverside-gp-federation";
  static final List<String> FOUR = List.of("northside-hospital", "city-council", "community-care-trust", RIVERSIDE);
  static final List<String> THREE_AFTER = List.of("northside-hospital", "city-council", RIVERSIDE);

  private final TasklistClient tasklist;
  private final Journeys journeys;
  private final Alliances alliances;
  private final Reviews reviews;

  MembershipJourneyIT(@LocalServerPort int port, Alliances alliances, Reviews reviews) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.journeys = new Journeys(tasklist);
    this.alliances = alliances;
    this.reviews = reviews;
  }

  @Test
  @DisplayName("three partners review, a fourth joins and four review, one leaves and three review, the term ends "
      + "without renewal and the alliance is dissolved; every step is on the alliance's record and its agreement versions")
  void threeFourThree() {
    // given an active alliance of three, and its first review
    String reference = journeys.propose("Estuary Stroke Alliance");
    journeys.selectPartners(reference);
    journeys.agree(reference);
    Journeys.await(() -> alliances.find(reference).orElseThrow().status() == AllianceStatus.ACTIVE ? true : null);
    review(reference, 1, Journeys.PARTNERS);

    // when a manager proposes Riverside, refused first for what is wrong with the request
    String accession = "/api/alliances/" + reference + "/accession";
    Rest.Response byPartner = tasklist.as("nora").post(accession, Map.of("partner", RIVERSIDE, "reason", "Primary care"));
    Rest.Response nobody = tasklist.as("mia").post(accession, Map.of("reason", "Primary care"));
    Rest.Response member = tasklist.as("mia").post(accession, Map.of("partner", "city-council", "reason", "Again"));
    Rest.Response reasonless = tasklist.as("mia").post(accession, Map.of("partner", RIVERSIDE));
    Rest.Response proposed = tasklist.as("mia").post(accession,
        Map.of("partner", RIVERSIDE, "reason", "Primary care closes the loop after discharge"));
    Rest.Response meanwhile = tasklist.as("mia").post("/api/alliances/" + reference + "/variation",
        Map.of("reason", "Another change"));

    // then
    assertThat(byPartner.status()).as(byPartner.toString()).isEqualTo(403);
    assertThat(nobody.status()).isEqualTo(400);
    assertThat(nobody.json().path("field").asText()).isEqualTo("partner");
    assertThat(member.status()).isEqualTo(400);
    assertThat(member.json().path("detail").asText()).contains("'city-council' is not");
    assertThat(reasonless.status()).isEqualTo(400);
    assertThat(reasonless.json().path("field").asText()).isEqualTo("reason");
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(202);
    assertThat(meanwhile.status()).as("one change of the agreement at a time").isEqualTo(409);

    // when Riverside says it fits, the three vote to admit it, and the four sign version 2
    tasklist.complete("ravi", reference, AccessionProcess.TASK_ASSESS_FIT, values("strategicFit", "4",
        "goalCongruence", "4", "incentiveCongruence", "4", "culturalCompatibility", "4", "timeHorizonAlignment", "4",
        "complementaryCapabilities", "5", "opportunismRisk", "2", "willingToJoin", "YES"));
    journeys.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "ADMIT",
        "voteRationale", "Primary care belongs in the pathway"));
    agree(reference, List.of(commitment("northside-hospital", 40), commitment("city-council", 25),
        commitment("community-care-trust", 15), commitment(RIVERSIDE, 20)), FOUR);

    // then Riverside is a partner on version 2, and the next review asks the four
    JsonNode joined = Journeys.await(() -> inForce(reference, 2, FOUR));
    assertThat(partners(joined)).as(joined.path("partners") + "\n" + joined.path("decisions"))
        .containsExactlyInAnyOrderElementsOf(FOUR);
    Review second = review(reference, 2, FOUR);
    assertThat(organisationsScored(reference, second)).containsExactlyInAnyOrderElementsOf(FOUR);

    // when Community Care Trust leaves, by its own representative's request, and settles its obligations
    Rest.Response leaving = tasklist.as("cara").post("/api/alliances/" + reference + "/exit",
        Map.of("reason", "Our board has decided to withdraw from stroke services"));
    assertThat(leaving.status()).as(leaving.toString()).isEqualTo(202);
    tasklist.complete("mia", reference, ExitProcess.TASK_AGREE_TERMS, values(
        ExitProcess.SERVICES_AND_PATIENTS, "Early supported discharge passes to Northside", ExitProcess.DATA,
        "Records returned to Northside", ExitProcess.ASSETS, "Two therapists return", ExitProcess.MONEY,
        "Gain share paid to the exit date", ExitProcess.EXIT_DATE, LocalDate.now().plusMonths(1).toString()));
    tasklist.complete("cara", reference, ExitProcess.TASK_CONFIRM_SETTLED,
        values(ExitProcess.SETTLEMENT, DissolutionProcess.SETTLED, ExitProcess.SETTLEMENT_NOTES, "All handed over"));
    agree(reference, List.of(commitment("northside-hospital", 50), commitment("city-council", 30),
        commitment(RIVERSIDE, 20)), THREE_AFTER);

    // then it has left, version 3 is signed by the three who remain, and the next review asks them
    JsonNode after = Journeys.await(() -> inForce(reference, 3, THREE_AFTER));
    assertThat(partners(after)).containsExactlyInAnyOrderElementsOf(THREE_AFTER);
    Review third = review(reference, 3, THREE_AFTER);
    assertThat(organisationsScored(reference, third)).containsExactlyInAnyOrderElementsOf(THREE_AFTER);
    assertThat(after.path("decisions").findValuesAsText("subject")).contains(
        "Accession of Riverside GP Federation proposed", "Accession of Riverside GP Federation",
        "Exit of Community Care Trust started", "Exit obligations of Community Care Trust",
        "Partner left: Community Care Trust");

    // when the term's notice date comes (a year and nine months on) and the leadership team lets the agreement end
    assertThat(after.path("agreement").path("noticeDate").asText())
        .isEqualTo(LocalDate.now().plusYears(2).minusMonths(3).toString());
    tasklist.executeTimer(reference, "Event_TermNoticeReached");
    tasklist.complete("bob", reference, "Task_DecideRenewal", values("renewalDecision", "END",
        "renewalRationale", "The pathway now runs as usual business; no alliance needed"));

    // then the alliance is dissolved, each of the three partners settling its obligations
    Journeys.await(() -> alliances.find(reference).orElseThrow().status() == AllianceStatus.DISSOLVING ? true : null);
    tasklist.complete("mia", reference, DissolutionProcess.TASK_EXIT_PLAN, values("obligations", "Services handed back",
        "sharedAssetsAndData", "Records to each patient's GP", "serviceContinuity", "No gap in care",
        "communications", "Joint letter", "exitDate", LocalDate.now().plusMonths(1).toString()));
    journeys.eachPartner(reference, DissolutionProcess.TASK_CONFIRM_OBLIGATIONS, THREE_AFTER,
        partner -> values("obligationsStatus", "SETTLED"));
    tasklist.complete("mia", reference, DissolutionProcess.TASK_LESSONS, values("lessons", FormValues.lessons(
        "Trust grew once budgets were open", "Decide at the table", "Shared dashboard", "Adapt the winter plan")));
    Journeys.await(() -> alliances.find(reference).orElseThrow().status() == AllianceStatus.DISSOLVED ? true : null);
    assertThat(alliances.withStatus(reference, PartnerStatus.EXITED)).hasSize(4);
  }

  /** The draft of a new version by mia (formal: legal reviews it), signed by each organisation, approved by bob. */
  private void agree(String reference, List<Map<String, Object>> commitments, List<String> signatories) {
    Map<String, Object> terms = new java.util.LinkedHashMap<>(Journeys.terms());
    terms.put("partnerCommitments", commitments);
    terms.put("validUntil", LocalDate.now().plusYears(2).toString()); // two years, three months' notice
    terms.put("noticePeriod", "P3M");
    tasklist.complete("mia", reference, "Task_DraftTerms", terms);
    tasklist.complete("lee", reference, "Task_LegalReview", values("legalDecision", "APPROVE", "legalComments", "Fine"));
    journeys.eachPartner(reference, "Task_SignAgreement", signatories, partner -> values("signatureDecision", "SIGN"));
    tasklist.complete("bob", reference, "Task_ApproveAgreement", values("agreementDecision", "APPROVE",
        "agreementDecisionReason", "Sound terms"));
  }

  /** A HEALTHY review now, every representative of these organisations answering; the review once closed. */
  private Review review(String reference, int number, List<String> organisations) {
    tasklist.executeReviewTimer(reference);
    journeys.eachRater(reference, organisations, partner -> health(4, 5, 4, 4));
    tasklist.complete("mia", reference, "Task_RecordObjectiveAchievement", values("kpiActuals",
        Journeys.doorToNeedle(62), "objectiveNotes", "Close to target"));
    return Journeys.await(() -> reviews.ofAlliance(reference).stream()
        .filter(r -> r.reviewNo() == number && r.status() == ReviewStatus.CLOSED).findFirst().orElse(null));
  }

  /** The organisations whose people answered the review, its scores resting on all of them. */
  private static Set<String> organisationsScored(String reference, Review review) {
    assertThat(review.partnersResponded()).as("partners who answered review " + review.reviewNo())
        .isEqualTo(review.partnersAsked());
    return review.participation().stream().filter(p -> p.respondents() > 0).map(Review.Participation::organisationId)
        .collect(Collectors.toSet());
  }

  /**
   * The alliance as the API shows it to mia, once this agreement version is in force and these are
   * its active partners (the page reads its parts one statement each, so one poll may see the
   * version's commit between two of them).
   */
  private JsonNode inForce(String reference, int version, List<String> partners) {
    JsonNode alliance = tasklist.as("mia").get("/api/alliances/" + reference).json();
    return alliance.path("agreement").path("version").asInt() == version
        && Set.copyOf(partners(alliance)).equals(Set.copyOf(partners)) ? alliance : null;
  }

  private static List<String> partners(JsonNode alliance) {
    List<String> active = new java.util.ArrayList<>();
    alliance.path("partners").forEach(p -> {
      if ("ACTIVE".equals(p.path("status").asText())) {
        active.add(p.path("organisationId").asText());
      }
    });
    return active;
  }

  private static Map<String, Object> commitment(String organisation, double share) {
    return values("organisationName", organisation, "organisationId", organisation, "commitment", "Stroke services",
        "expectedShare", share);
  }
}
