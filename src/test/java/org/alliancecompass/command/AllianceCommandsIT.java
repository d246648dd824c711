package org.alliancecompass.command;

import com.fasterxml.jackson.databind.JsonNode;

import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.governance.PartnerDecisionProcess;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Journeys;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product's commands, from outside: who may use each, in which state, with HTTP Basic and a
 * JSON body or with the browser session and its CSRF token; each request on record, and the engine
 * API closed to the same requests.
 */
@DisplayName("The product's commands")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllianceCommandsIT extends InProcessApplication {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

  private final TasklistClient tasklist;
  private final Journeys journeys;
  private final Alliances alliances;
  private final DecisionRegister decisions;
  private String northCity;

  AllianceCommandsIT(@LocalServerPort int port, Alliances alliances, DecisionRegister decisions) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.journeys = new Journeys(tasklist);
    this.alliances = alliances;
    this.decisions = decisions;
  }

  @BeforeAll
  void demo() {
    northCity = alliances.findAll().stream().filter(a -> a.name().equals("North City Frailty Alliance"))
        .map(Alliance::reference).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a manager proposes an alliance and gets its reference; the start form's rules apply, naming the field")
  void propose() {
    // when
    Rest.Response proposed = tasklist.as("mia").post("/api/alliances", Map.of("allianceName", "Westside Falls Alliance",
        "allianceType", "PROJECT_ALLIANCE", "purpose", "Fewer falls at home", "reviewCycle", "P1M"));
    Rest.Response nameless = tasklist.as("mia").post("/api/alliances", Map.of("purpose", "No name"));
    Rest.Response byPartner = tasklist.as("nora").post("/api/alliances", Map.of("allianceName", "Nora's alliance"));

    // then
    assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
    String reference = proposed.json().path("reference").asText();
    assertThat(reference).matches("ALL-\\d{4}-\\d{4}");
    assertThat(proposed.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/alliances/" + reference));
    assertThat(alliances.find(reference)).get().extracting(Alliance::name).isEqualTo("Westside Falls Alliance");
    assertThat(nameless.status()).as(nameless.toString()).isEqualTo(400);
    assertThat(nameless.json().path("field").asText()).isEqualTo("allianceName");
    assertThat(byPartner.status()).isEqualTo(403);
    assertThat(alliances.findAll()).noneMatch(a -> a.name().equals("Nora's alliance"));
  }

  @Test
  @DisplayName("an ad hoc review is refused while one is under way (409), to a partner (403), for an alliance out of "
      + "reach (404), and to anyone not signed in (401)")
  void adHocReviewRefused() {
    assertThat(tasklist.as("mia").post("/api/alliances/" + northCity + "/ad-hoc-review", Map.of()).status())
        .isEqualTo(409);
    assertThat(tasklist.as("nora").post("/api/alliances/" + northCity + "/ad-hoc-review", Map.of()).status())
        .isEqualTo(403);
    assertThat(tasklist.as("ravi").post("/api/alliances/" + northCity + "/ad-hoc-review", Map.of()).status())
        .isEqualTo(404);
    assertThat(tasklist.as("mia").post("/api/alliances/ALL-1999-0001/ad-hoc-review", Map.of()).status()).isEqualTo(404);
    assertThat(rest().post("/api/alliances/" + northCity + "/ad-hoc-review", Map.of()).status()).isEqualTo(401);
  }

  @Test
  @DisplayName("a partner's representative asks to dissolve for their organisation; each partner then votes in Tasklist, "
      + "a second request is refused, and the engine's message is closed to a manager")
  void dissolutionRequestedByPartner() {
    // given an active alliance of the three demo partners
    String reference = activeAlliance("Harbour Stroke Alliance");

    // when
    Rest.Response withoutReason = tasklist.as("nora").post("/api/alliances/" + reference + "/dissolution-request",
        Map.of("reason", " "));
    Rest.Response requested = tasklist.as("nora").post("/api/alliances/" + reference + "/dissolution-request",
        Map.of("reason", "The hospital's stroke unit moves to the new site"));
    Rest.Response again = tasklist.as("mia").post("/api/alliances/" + reference + "/dissolution-request",
        Map.of("reason", "Me too"));
    Rest.Response byMessage = tasklist.as("mia").post("/engine-rest/message", Map.of("messageName",
        "DissolutionRequested", "businessKey", reference));

    // then
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().path("field").asText()).isEqualTo("reason");
    assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(byMessage.status()).as(byMessage.toString()).isEqualTo(403);
    for (String representative : List.of("nora", "carl", "cara")) {
      assertThat(tasklist.await(representative, reference, PartnerDecisionProcess.TASK_VOTE, 1)).hasSize(1);
    }
    assertThat(decisions.ofAlliance(reference)).filteredOn(d -> d.subject().equals("Dissolution requested"))
        .singleElement().satisfies(d -> {
          assertThat(d.decidedBy()).isEqualTo("nora");
          assertThat(d.onBehalfOf()).isEqualTo("Nora Hughes for Northside Hospital NHS Foundation Trust");
          assertThat(d.rationale()).isEqualTo("The hospital's stroke unit moves to the new site");
        });
    assertThat(alliances.find(reference).orElseThrow().status()).isEqualTo(AllianceStatus.ACTIVE);

    // and when every partner votes to continue, the alliance goes on
    journeys.eachPartner(reference, PartnerDecisionProcess.TASK_VOTE, partner -> values("vote", "CONTINUE",
        "voteRationale", "Move the unit, keep the alliance"));
    assertThat(Journeys.await(() -> decisions.ofAlliance(reference).stream()
        .filter(d -> d.subject().startsWith("Dissolution: partners")).findFirst().orElse(null)))
        .extracting(Decision::decision).isEqualTo("CONTINUE");
    assertThat(alliances.find(reference).orElseThrow().status()).isEqualTo(AllianceStatus.ACTIVE);
  }

  @Test
  @DisplayName("a manager varies the agreement of an active alliance: the draft starts from the terms in force, legal "
      + "reviews, every partner signs, the leadership team approves; version 2 is in force and the page shows what changed")
  void variation() {
    // given an active alliance of the three demo partners, on version 1 of its agreement
    String reference = activeAlliance("Riverside Stroke Alliance");
    String path = "/api/alliances/" + reference + "/variation";

    // when
    Rest.Response withoutReason = tasklist.as("mia").post(path, Map.of("reason", ""));
    Rest.Response byPartner = tasklist.as("nora").post(path, Map.of("reason", "We want a bigger share"));
    Rest.Response requested = tasklist.as("mia").post(path, Map.of("reason", "Decisions by qualified majority"));
    Rest.Response again = tasklist.as("mia").post(path, Map.of("reason", "Another one"));
    Rest.Response byMessage = tasklist.as("mia").post("/engine-rest/message", Map.of("messageName",
        "AgreementVariationRequested", "businessKey", reference));

    // then
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().path("field").asText()).isEqualTo("reason");
    assertThat(byPartner.status()).isEqualTo(403);
    assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
    assertThat(again.status()).as(again.toString()).isEqualTo(409);
    assertThat(again.json().path("detail").asText()).contains("A change of the agreement is under way");
    assertThat(byMessage.status()).as(byMessage.toString()).isEqualTo(403);

    // and the draft waits for the managers, with the terms in force and the reason
    JsonNode draft = tasklist.await("mia", reference, "Task_DraftTerms", 1).get(0);
    JsonNode prefilled = tasklist.as("mia").get("/engine-rest/task/" + draft.path("id").asText() + "/form-variables")
        .json();
    assertThat(prefilled.path("governance").path("value").asText()).isEqualTo("Monthly stroke board");
    assertThat(prefilled.path("variationReason").path("value").asText()).isEqualTo("Decisions by qualified majority");

    // when the manager changes the decision rule and a share, and the variation goes through its steps
    Map<String, Object> changed = new java.util.LinkedHashMap<>(Journeys.terms());
    changed.put("decisionRule", "QUALIFIED_MAJORITY");
    changed.put("partnerCommitments", List.of(
        values("organisationName", "northside-hospital", "organisationId", "northside-hospital",
            "commitment", "Hyperacute stroke unit", "expectedShare", 40),
        values("organisationName", "city-council", "organisationId", "city-council",
            "commitment", "Reablement at home", "expectedShare", 40),
        values("organisationName", "community-care-trust", "organisationId", "community-care-trust",
            "commitment", "Early supported discharge", "expectedShare", 20)));
    changed.put("variationDecision", "PROCEED");
    tasklist.complete("mia", reference, "Task_DraftTerms", changed);
    assertThat(alliances.find(reference).orElseThrow().status()).as("the alliance runs on meanwhile")
        .isEqualTo(AllianceStatus.ACTIVE);
    tasklist.complete("lee", reference, "Task_LegalReview", values("legalDecision", "APPROVE", "legalComments", "Fine"));
    journeys.eachPartner(reference, "Task_SignAgreement", partner -> values("signatureDecision", "SIGN"));
    tasklist.complete("bob", reference, "Task_ApproveAgreement", values("agreementDecision", "APPROVE",
        "agreementDecisionReason", "Faster decisions"));

    // then version 2 is in force, and the alliance page says what changed from version 1
    JsonNode versions = Journeys.await(() -> {
      JsonNode all = tasklist.as("mia").get("/api/alliances/" + reference + "/agreements").json();
      return all.size() == 2 && all.get(1).path("status").asText().equals("APPROVED") ? all : null;
    });
    assertThat(versions.get(0).path("status").asText()).isEqualTo("SUPERSEDED");
    assertThat(versions.get(1).path("decisionRule").asText()).isEqualTo("QUALIFIED_MAJORITY");
    JsonNode changes = tasklist.as("mia").get("/api/alliances/" + reference).json().path("agreementChanges").path("2");
    assertThat(changes.findValuesAsText("term")).containsExactly("Decision rule",
        "Expected share of City Council Adult Social Care", "Expected share of Northside Hospital NHS Foundation Trust");
    String page = tasklist.as("mia").accepting("text/html").get("/alliances/" + reference).body();
    assertThat(page).contains("What changed from version 1").contains("<del>Unanimous</del>")
        .contains("<ins>Qualified majority</ins>");
    assertThat(decisions.ofAlliance(reference)).filteredOn(d -> d.subject().equals("Agreement variation proposed"))
        .singleElement().satisfies(d -> {
          assertThat(d.decidedBy()).isEqualTo("mia");
          assertThat(d.rationale()).isEqualTo("Decisions by qualified majority");
        });
    assertThat(tasklist.as("mia").post(path, Map.of("reason", "Next change")).status())
        .as("once in force, the agreement can be varied again").isEqualTo(202);
  }

  @Test
  @DisplayName("a variation withdrawn at its draft leaves the version in force, and is on record")
  void variationWithdrawn() {
    // given an active alliance with a variation proposed
    String reference = activeAlliance("Lakeside Stroke Alliance");
    assertThat(tasklist.as("mia").post("/api/alliances/" + reference + "/variation",
        Map.of("reason", "Longer review cycle")).status()).isEqualTo(202);

    // when the manager withdraws it
    Map<String, Object> withdrawn = new java.util.LinkedHashMap<>(Journeys.terms());
    withdrawn.put("variationDecision", "WITHDRAW");
    tasklist.complete("mia", reference, "Task_DraftTerms", withdrawn);

    // then
    assertThat(Journeys.await(() -> decisions.ofAlliance(reference).stream()
        .filter(d -> d.subject().equals("Agreement variation") && d.decision().equals("WITHDRAWN")).findFirst()
        .orElse(null)).rationale()).isEqualTo("Longer review cycle");
    JsonNode versions = tasklist.as("mia").get("/api/alliances/" + reference + "/agreements").json();
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).path("status").asText()).isEqualTo("APPROVED");
    assertThat(tasklist.await("lee", reference, "Task_LegalReview", 0)).isEmpty();
    assertThat(tasklist.as("mia").post("/api/alliances/" + reference + "/variation",
        Map.of("reason", "Try again")).status()).isEqualTo(202);
  }

  @Test
  @DisplayName("from the alliance page, a command needs the page's CSRF token; with it, it is done and said so")
  void fromThePage() {
    // given a manager signed in, on the page of a just proposed alliance
    String reference = tasklist.as("mia").post("/api/alliances", Map.of("allianceName", "Eastside Carers Alliance"))
        .json().path("reference").asText();
    Rest browser = Rest.browserSession(baseUrl());
    String token = csrfToken(browser.get("/login"));
    assertThat(browser.postForm("/login", Map.of("username", "mia", "password", "mia", "_csrf", token)).status())
        .isEqualTo(302);
    Rest.Response page = browser.get("/alliances/" + reference);
    assertThat(page.body()).contains("Ask the partners to dissolve the alliance").contains("Ask for an ad hoc review");

    // when posted without the token, then with it
    Rest.Response forged = browser.postForm("/alliances/" + reference + "/dissolution-request",
        Map.of("reason", "Forged"));
    Rest.Response posted = browser.postForm("/alliances/" + reference + "/dissolution-request",
        Map.of("reason", "No partners willing", "_csrf", csrfToken(page)));

    // then
    assertThat(forged.status()).isEqualTo(403);
    assertThat(posted.status()).isEqualTo(302);
    assertThat(posted.location()).hasValueSatisfying(l -> assertThat(l).contains("/alliances/" + reference));
    assertThat(browser.get("/alliances/" + reference).body()).contains("Your request is put to the partners");
    assertThat(decisions.ofAlliance(reference)).filteredOn(d -> d.subject().equals("Dissolution requested"))
        .singleElement().satisfies(d -> assertThat(d.rationale()).isEqualTo("No partners willing"));
    assertThat(decisions.ofAlliance(reference)).noneMatch(d -> "Forged".equals(d.rationale()));
  }

  @Test
  @DisplayName("the commands are in the OpenAPI description")
  void documented() {
    var paths = tasklist.as("mia").get("/v3/api-docs").json().path("paths");
    assertThat(paths.path("/api/alliances").has("post")).isTrue();
    assertThat(paths.path("/api/alliances/{reference}/ad-hoc-review").has("post")).isTrue();
    assertThat(paths.path("/api/alliances/{reference}/dissolution-request").has("post")).isTrue();
    assertThat(paths.path("/api/alliances/{reference}/variation").has("post")).isTrue();
    assertThat(paths.path("/api/alliances/{reference}/accession").has("post")).isTrue();
    assertThat(paths.path("/api/alliances/{reference}/exit").has("post")).isTrue();
  }

  /** An alliance of the three demo partners, proposed, selected and agreed in Tasklist, now active. */
  private String activeAlliance(String name) {
    String reference = journeys.propose(name);
    journeys.selectPartners(reference);
    journeys.agree(reference);
    Journeys.await(() -> alliances.find(reference).orElseThrow().status() == AllianceStatus.ACTIVE ? true : null);
    return reference;
  }

  private static String csrfToken(Rest.Response page) {
    Matcher field = CSRF_FIELD.matcher(page.body());
    assertThat(field.find()).as("a CSRF field in " + page).isTrue();
    return field.group(1);
  }
}
