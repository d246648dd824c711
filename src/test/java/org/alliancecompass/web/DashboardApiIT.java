package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard's JSON API and CSV exports on the demo data: what each role sees, the shapes a
 * reporting tool relies on, and what it refuses. The demo's North City Frailty Alliance has two
 * closed reviews (HEALTHY, then AT_RISK with an improvement plan); the Riverside Mental Health
 * Partnership is still selecting its partners.
 */
class DashboardApiIT extends InProcessApplication {

  private static final String NORTH_CITY = "North City Frailty Alliance";
  private static final String RIVERSIDE = "Riverside Mental Health Partnership";

  private final Alliances alliances;
  private String northCity;
  private String riverside;

  DashboardApiIT(@LocalServerPort int port, Alliances alliances) {
    super(port);
    this.alliances = alliances;
  }

  @BeforeEach
  void demoAlliances() {
    northCity = reference(NORTH_CITY);
    riverside = reference(RIVERSIDE);
  }

  @Test
  @DisplayName("Without a login the API answers 401 with a Basic challenge, the pages lead to the login page")
  void anonymous() {
    for (String path : List.of("/api/alliances", "/api/alliances/" + northCity, "/api/alliances.csv",
        "/api/alliances/" + northCity + "/reviews.csv", "/api/alliances/" + northCity + "/decisions",
        "/v3/api-docs")) {
      Rest.Response response = rest().get(path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.challenge()).as(path).hasValueSatisfying(c -> assertThat(c).startsWith("Basic"));
    }
    for (String page : List.of("/", "/alliances/" + northCity)) {
      Rest.Response response = Rest.browserSession(baseUrl()).get(page);
      assertThat(response.status()).as(page).isEqualTo(302);
      assertThat(response.location()).as(page).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
  }

  @ParameterizedTest(name = "{0} sees every alliance")
  @ValueSource(strings = {"mia", "bob", "lee", "admin"})
  @DisplayName("Managers, the leadership board, legal and the administrator see every alliance")
  void staffSeeEverything(String user) {
    List<String> seen = references(as(user).get("/api/alliances"));
    assertThat(seen).contains(northCity, riverside).hasSize(alliances.findAll().size());
    assertThat(as(user).get("/api/alliances/" + riverside).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} sees the North City alliance only")
  @ValueSource(strings = {"nora", "carl", "cara"})
  @DisplayName("A partner representative sees the alliances their organisation belongs to, and no other")
  void partnersSeeTheirOwn(String user) {
    assertThat(references(as(user).get("/api/alliances"))).contains(northCity).doesNotContain(riverside);
    assertThat(as(user).get("/api/alliances/" + northCity).status()).isEqualTo(200);
    for (String path : List.of("", "/reviews", "/decisions", "/improvement-actions", "/agreements", "/reviews.csv")) {
      Rest.Response response = as(user).accepting("*/*").get("/api/alliances/" + riverside + path);
      assertThat(response.status()).as(path).isEqualTo(404);
      assertThat(response.body()).as(path).doesNotContain(RIVERSIDE);
    }
  }

  @Test
  @DisplayName("An organisation that was assessed but not selected does not see the alliance: 404, not its data")
  void notSelectedSeesNothing() {
    // Riverside GP Federation was a candidate for North City and was not selected
    assertThat(references(as("ravi").get("/api/alliances"))).doesNotContain(northCity, riverside);
    Rest.Response response = as("ravi").get("/api/alliances/" + northCity);
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain(NORTH_CITY);
    assertThat(as("ravi").get("/api/alliances/ALL-1999-9999").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("The portfolio row carries the last gate outcome, overall score, trend, perception gap and the next review")
  void portfolioRow() {
    JsonNode portfolio = as("mia").get("/api/alliances").json();
    JsonNode row = row(portfolio, northCity);
    JsonNode detail = as("mia").get("/api/alliances/" + northCity).json();
    JsonNode lastClosed = lastClosed(detail.path("reviews"));

    assertThat(row.path("name").asText()).isEqualTo(NORTH_CITY);
    assertThat(row.path("gateOutcome").asText()).isEqualTo("AT_RISK").isEqualTo(lastClosed.path("gateOutcome").asText());
    assertThat(row.path("overallScore").asDouble()).isEqualTo(lastClosed.path("overallScore").asDouble());
    assertThat(row.path("trend").asDouble()).isNegative();
    assertThat(row.path("perceptionGap").asDouble()).isBetween(0.0, 100.0);
    assertThat(row.path("partners")).hasSize(3);
    assertThat(row.path("openTasks").asInt()).isPositive();
    assertThat(row.path("tasklistUrl").asText()).startsWith("/camunda/app/tasklist/").contains(northCity);
    assertThat(row.has("cockpitUrl")).as("Cockpit is for administrators").isFalse();
    assertThat(row(as("admin").get("/api/alliances").json(), northCity).path("cockpitUrl").asText())
        .startsWith("/camunda/app/cockpit/default/#/process-instance/");

    JsonNode summary = portfolio.path("summary");
    assertThat(summary.path("alliances").asInt()).isEqualTo(portfolio.path("alliances").size());
    assertThat(summary.path("byOutcome").path("AT_RISK").asInt()).isPositive();
  }

  @Test
  @DisplayName("Filtering and sorting: by gate outcome, by search text, by score; a wrong parameter is a 400 naming it")
  void filterAndSort() {
    assertThat(references(as("mia").get("/api/alliances?outcome=AT_RISK"))).contains(northCity)
        .doesNotContain(riverside);
    assertThat(references(as("mia").get("/api/alliances?q=frailty"))).contains(northCity).doesNotContain(riverside);
    assertThat(references(as("mia").get("/api/alliances?outcome=NONE&status=SELECTING_PARTNERS")))
        .contains(riverside).doesNotContain(northCity);
    List<Double> scores = new ArrayList<>();
    as("mia").get("/api/alliances?sort=score&dir=desc").json().path("alliances")
        .forEach(a -> scores.add(a.path("overallScore").isMissingNode() ? null : a.path("overallScore").asDouble()));
    List<Double> present = scores.stream().filter(s -> s != null).toList();
    assertThat(present).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    for (String parameter : List.of("sort=bogus", "dir=up", "outcome=GREEN", "status=GONE", "type=CLUB")) {
      Rest.Response response = as("mia").get("/api/alliances?" + parameter);
      assertThat(response.status()).as(parameter).isEqualTo(400);
      assertThat(response.json().path("detail").asText()).as(parameter)
          .contains("'" + parameter.substring(0, parameter.indexOf('=')) + "'");
    }
  }

  @Test
  @DisplayName("One alliance: partners with their share, agreement versions, reviews with scores, actions, decisions")
  void allianceShape() {
    JsonNode alliance = as("mia").get("/api/alliances/" + northCity).json();

    List<JsonNode> active = StreamSupport.stream(alliance.path("partners").spliterator(), false)
        .filter(p -> p.path("status").asText().equals("ACTIVE")).toList();
    assertThat(active).hasSize(3).allSatisfy(p -> {
      assertThat(p.path("organisation").asText()).isNotBlank();
      assertThat(p.path("expectedShare").asDouble()).isPositive();
    });
    assertThat(alliance.path("partners")).as("managers also see the candidate that was not selected, with its fit")
        .anySatisfy(p -> {
          assertThat(p.path("status").asText()).isEqualTo("NOT_SELECTED");
          assertThat(p.path("fitScore").isNumber()).isTrue();
        });
    double shares = active.stream().mapToDouble(p -> p.path("expectedShare").asDouble()).sum();
    assertThat(shares).isEqualTo(100.0);
    assertThat(alliance.path("agreements")).isNotEmpty();
    assertThat(alliance.path("agreements").get(0).path("commitments")).hasSize(3);
    assertThat(alliance.path("agreement").path("version").asInt()).as("the demo's variation is in force").isEqualTo(2);
    assertThat(alliance.path("agreement").path("decisionRule").asText()).isEqualTo("UNANIMOUS");
    java.time.LocalDate end = java.time.LocalDate.parse(alliance.path("agreement").path("validUntil").asText());
    assertThat(end).as("the demo's three-year term").isAfter(java.time.LocalDate.now().plusYears(3).minusDays(3));
    assertThat(alliance.path("agreement").path("noticePeriod").asText()).isEqualTo("P6M");
    assertThat(alliance.path("leadershipTeam").path("portfolio").asBoolean()).isFalse();
    assertThat(alliance.path("leadershipTeam").path("members").findValuesAsText("userId"))
        .containsExactlyInAnyOrder("nora", "carl", "cara");
    assertThat(alliance.path("agreement").path("noticeDate").asText()).isEqualTo(end.minusMonths(6).toString());
    assertThat(alliance.path("agreementChanges").path("2").findValuesAsText("term")).containsExactly("Governance");

    List<JsonNode> closed = closed(alliance.path("reviews"));
    assertThat(closed).extracting(r -> r.path("gateOutcome").asText()).containsExactly("HEALTHY", "AT_RISK");
    for (JsonNode review : closed) {
      assertThat(review.path("scores").properties()).extracting(java.util.Map.Entry::getKey)
          .containsExactly("trust", "decisionMaking", "managementCapability", "flexibility");
      review.path("scores").properties().forEach(score ->
          assertThat(score.getValue().isNumber() ? score.getValue().asDouble() : -1).as(score.getKey()).isBetween(0.0, 100.0));
      for (String score : List.of("overallScore", "perceptionGap")) {
        assertThat(review.path(score).isNumber() ? review.path(score).asDouble() : -1).as(score).isBetween(0.0, 100.0);
      }
      assertThat(review.path("responseRate").asDouble()).isEqualTo(1.0);
      // three people answered for Northside Hospital, two for the council, one for community care
      assertThat(review.path("partnersResponded").asInt()).isEqualTo(3);
      assertThat(review.path("partnerScores")).singleElement().satisfies(p -> {
        assertThat(p.path("organisationId").asText()).isEqualTo("northside-hospital");
        assertThat(p.path("respondents").asInt()).isEqualTo(3);
        assertThat(p.path("scores").size()).isEqualTo(4);
      });
      assertThat(review.path("withheldPartners")).extracting(o -> o.path("id").asText())
          .containsExactly("city-council", "community-care-trust");
      // what the record shows of the period: every organisation's people answered
      assertThat(review.path("evidence").path("responseRates").properties()).extracting(java.util.Map.Entry::getKey)
          .containsExactlyInAnyOrder("northside-hospital", "city-council", "community-care-trust");
      assertThat(review.path("evidence").path("tasksCompleted").asInt()).isPositive();
    }
    // the first period holds the selection's approval, the signatures and the agreement's approval: its decisions
    // what each partner delivered against its expected share: the council behind its commitment in review 2
    // (the third review, still open, has its partners' expected shares and nothing delivered yet)
    assertThat(alliance.path("contributions")).hasSize(9).filteredOn(c -> c.path("reviewNo").asInt() == 2
        && c.path("organisationId").asText().equals("city-council")).singleElement().satisfies(c -> {
          assertThat(c.path("expectedShare").asDouble()).isEqualTo(35.0);
          assertThat(c.path("deliveredShare").asDouble()).isEqualTo(22.0);
          assertThat(c.path("behind").asBoolean()).isTrue();
        });
    JsonNode firstPeriod = closed.get(0).path("evidence");
    assertThat(firstPeriod.path("decisions").asInt()).as(firstPeriod.toString()).isGreaterThanOrEqualTo(6);
    assertThat(firstPeriod.path("medianDecisionDays").isNumber()).isTrue();
    assertThat(firstPeriod.path("slowestDecision").asText()).isNotBlank();

    JsonNode actions = as("mia").get("/api/alliances/" + northCity + "/improvement-actions").json();
    assertThat(actions).isNotEmpty().allSatisfy(a -> {
      assertThat(a.path("actionText").asText()).isNotBlank();
      assertThat(a.path("ownerName").asText()).isNotBlank();
      assertThat(a.path("dueDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(a.path("status").asText()).isEqualTo("OPEN");
    });
    assertThat(actions).isEqualTo(alliance.path("improvementActions"));

    JsonNode decisions = as("mia").get("/api/alliances/" + northCity + "/decisions").json();
    assertThat(decisions).anySatisfy(d -> {
      assertThat(d.path("subject").asText()).isEqualTo("Review 2: gate outcome");
      assertThat(d.path("decision").asText()).isEqualTo("AT_RISK");
      assertThat(d.path("rationale").asText()).contains("Overall score");
    });
    assertThat(decisions).allSatisfy(d -> {
      assertThat(d.path("decidedBy").asText()).isNotBlank();
      assertThat(d.path("decidedAt").asText()).isNotBlank();
    });
  }

  @Test
  @DisplayName("Anonymity: what an organisation said is shown under its name only where enough of its people answered, "
      + "its own representatives always; a person who only answered leaves no trace on any page, API or CSV")
  void anonymity() {
    // the demo's raters who did nothing but answer their health assessments
    Map<String, String> raters = Map.of("nate", "nate|Nate|Price", "nadia", "nadia|Nadia|Flores",
        "cleo", "cleo|Cleo|Baptiste");
    for (String user : List.of("admin", "mia", "bob", "lee", "nora", "nate", "carl", "cleo", "cara")) {
      // the page names the one signed in; no one else who only answered
      java.util.regex.Pattern others = java.util.regex.Pattern.compile("\\b(" + String.join("|", raters.entrySet().stream()
          .filter(rater -> !rater.getKey().equals(user)).map(Map.Entry::getValue).toList()) + ")\\b");
      for (String path : List.of("/api/alliances/" + northCity, "/alliances/" + northCity,
          "/api/alliances/" + northCity + "/reviews", "/api/alliances/" + northCity + "/decisions",
          "/api/alliances.csv", "/api/alliances/" + northCity + "/reviews.csv", "/")) {
        String body = as(user).accepting(path.endsWith(".csv") ? "text/csv" : "*/*").get(path).body();
        assertThat(others.matcher(body).results().map(java.util.regex.MatchResult::group).toList())
            .as(user + " reads " + path).isEmpty();
      }
    }

    // the staff read Northside Hospital's own figures (three people answered), not the others'
    JsonNode mias = as("mia").get("/api/alliances/" + northCity).json();
    assertThat(mias.path("comments")).extracting(c -> c.path("organisation").asText())
        .containsOnly("Northside Hospital NHS Foundation Trust", "A partner organisation")
        .contains("A partner organisation");
    assertThat(mias.path("comments")).filteredOn(c -> c.path("comment").asText().contains("home care"))
        .singleElement().satisfies(c -> assertThat(c.path("organisation").asText()).isEqualTo("A partner organisation"));

    // community care's one representative reads her own organisation's figures and words, no one else's
    JsonNode caras = as("cara").get("/api/alliances/" + northCity).json();
    for (JsonNode review : closed(caras.path("reviews"))) {
      assertThat(review.path("partnerScores")).singleElement().satisfies(p -> {
        assertThat(p.path("organisationId").asText()).isEqualTo("community-care-trust");
        assertThat(p.path("respondents").asInt()).isEqualTo(1);
      });
      assertThat(review.path("withheldPartners")).isEmpty();
    }
    assertThat(caras.path("comments")).isNotEmpty()
        .allSatisfy(c -> assertThat(c.path("organisation").asText()).isEqualTo("Community Care Trust"));
    assertThat(as("cara").get("/alliances/" + northCity).body()).doesNotContain("A partner organisation");
  }

  @Test
  @DisplayName("Work in flight: a manager sees whom the alliance waits for (assessments per organisation, never who), "
      + "a partner their own organisation's, and the portfolio tells each person what waits for them")
  void workInFlight() {
    JsonNode mias = as("mia").get("/api/alliances/" + northCity + "/work").json();
    assertThat(mias).filteredOn(w -> w.path("task").asText().equals("Health assessments of review 3"))
        // (other tests of this run may have answered some: how many is theirs, of how many is the demo's)
        .extracting(w -> w.path("waitingFor").asText().replaceAll(": \\d of", ": n of"))
        .containsExactlyInAnyOrder("Northside Hospital NHS Foundation Trust: n of 3 people answered",
            "City Council Adult Social Care: n of 2 people answered", "Community Care Trust: n of 1 person answered");
    assertThat(mias).filteredOn(w -> w.path("task").asText().equals("Complete improvement action"))
        .extracting(w -> w.path("waitingFor").asText()).contains("Carl Jensen", "Northside Hospital NHS Foundation Trust");
    assertThat(mias).allSatisfy(w -> assertThat(w.path("due").asText()).isNotBlank());

    JsonNode noras = as("nora").get("/api/alliances/" + northCity + "/work").json();
    assertThat(noras).extracting(w -> w.path("waitingFor").asText())
        .contains("Nora Hughes").anyMatch(text -> text.startsWith("Northside Hospital NHS Foundation Trust: "))
        .noneMatch(text -> text.contains("City Council") || text.contains("Carl"));
    assertThat(noras).filteredOn(w -> w.path("waitingFor").asText().equals("Nora Hughes")).singleElement()
        .satisfies(w -> assertThat(w.path("link").asText()).startsWith("/camunda/app/tasklist/default/#/?task="));

    String portfolio = as("nora").get("/").body();
    assertThat(portfolio).contains("tasks wait for you", "Health assessment", "North City Frailty Alliance");
    assertThat(as("ravi").get("/api/alliances/" + northCity + "/work").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("What a candidate said of itself at selection (willing to join, and why) is for the staff and that candidate")
  void candidatesOwnWords() {
    // given Riverside GP Federation was asked to join North City and said why it would join later
    JsonNode staff = as("mia").get("/api/alliances/" + northCity + "/decisions").json();
    assertThat(staff).filteredOn(d -> d.path("subject").asText().equals("Willing to join"))
        .extracting(d -> d.path("onBehalfOf").asText()).contains("Riverside GP Federation");

    // then a partner reads its own willingness, not another candidate's
    JsonNode noras = as("nora").get("/api/alliances/" + northCity + "/decisions").json();
    assertThat(noras).filteredOn(d -> d.path("subject").asText().equals("Willing to join"))
        .extracting(d -> d.path("onBehalfOf").asText()).containsExactly("Northside Hospital NHS Foundation Trust");
    String reason = "Our practices are merging this year";
    assertThat(as("mia").get("/alliances/" + northCity).body()).contains(reason);
    assertThat(as("nora").get("/alliances/" + northCity).body()).doesNotContain(reason);
    assertThat(as("nora").get("/").body()).doesNotContain(reason);
    assertThat(noras.toString()).doesNotContain(reason);
    // and the rule holds where the staff read it too
    assertThat(staff.size()).isGreaterThan(noras.size());
  }

  @Test
  @DisplayName("A partner representative sees only their own organisation's scores and comments")
  void partnerSeesOwnScoresOnly() {
    JsonNode alliance = as("carl").get("/api/alliances/" + northCity).json();

    for (JsonNode review : closed(alliance.path("reviews"))) {
      // their own organisation's, although only two of its people answered
      assertThat(review.path("partnerScores")).extracting(p -> p.path("organisationId").asText())
          .containsExactly("city-council");
      assertThat(review.path("withheldPartners")).isEmpty();
      assertThat(review.path("overallScore").isNumber()).as("the alliance's own scores stay visible").isTrue();
    }
    assertThat(alliance.path("comments")).isNotEmpty()
        .allSatisfy(c -> assertThat(c.path("organisation").asText()).isEqualTo("City Council Adult Social Care"));
    assertThat(alliance.path("partners")).allSatisfy(p -> assertThat(p.has("fitScore")).isFalse());

    // the open tasks counted for a representative are the ones Tasklist shows them
    int carlsTasks = as("carl").get("/engine-rest/task?processInstanceBusinessKey=" + northCity).json().size();
    assertThat(row(as("carl").get("/api/alliances").json(), northCity).path("openTasks").asInt())
        .isEqualTo(carlsTasks);
    assertThat(row(as("mia").get("/api/alliances").json(), northCity).path("openTasks").asInt())
        .as("a manager counts every partner's tasks").isGreaterThanOrEqualTo(carlsTasks);
  }

  @Test
  @DisplayName("CSV of the portfolio: the documented columns, one row per alliance the user may see")
  void portfolioCsv() {
    Rest.Response response = as("carl").accepting("text/csv").get("/api/alliances.csv");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(response.header("Content-Disposition")).hasValueSatisfying(d ->
        assertThat(d).contains("attachment").contains("alliance-portfolio.csv"));
    List<CSVRecord> records = csv(response.body());
    assertThat(records.get(0).values()).containsExactly("reference", "name", "type", "status", "partners",
        "gate_outcome", "overall_score", "trend", "perception_gap", "last_review_no", "last_reviewed_at",
        "next_review_due", "open_tasks", "overdue_tasks");
    List<String> rows = records.subList(1, records.size()).stream().map(r -> r.get(0)).toList();
    assertThat(rows).containsExactlyInAnyOrderElementsOf(references(as("carl").get("/api/alliances")));
    CSVRecord north = records.stream().filter(r -> r.get(0).equals(northCity)).findFirst().orElseThrow();
    assertThat(north.get(5)).isEqualTo("AT_RISK");
  }

  @Test
  @DisplayName("CSV of an alliance's review history: one row per review with the four dimension scores")
  void reviewHistoryCsv() {
    Rest.Response response = as("bob").accepting("text/csv").get("/api/alliances/" + northCity + "/reviews.csv");
    JsonNode reviews = as("bob").get("/api/alliances/" + northCity + "/reviews").json();

    assertThat(response.status()).isEqualTo(200);
    List<CSVRecord> records = csv(response.body());
    assertThat(records.get(0).values()).containsExactly("alliance_reference", "review_no", "trigger", "status",
        "opened_at", "closed_at", "trust_score", "decision_making_score", "management_capability_score",
        "flexibility_score", "overall_score", "trend", "perception_gap", "response_rate", "partners_responded",
        "partners_asked", "objectives_achieved", "gate_outcome", "decision", "decision_basis", "decisions",
        "median_decision_days", "slowest_decision_days", "tasks_completed", "tasks_late", "latest_days", "reminders",
        "escalations", "actions_due", "actions_done_on_time");
    assertThat(records).hasSize(reviews.size() + 1);
    CSVRecord first = records.get(1);
    assertThat(first.get(1)).isEqualTo("1");
    assertThat(Double.parseDouble(first.get(6))).isEqualTo(reviews.get(0).path("scores").path("trust").asDouble());
    assertThat(first.get(17)).isEqualTo("HEALTHY");
  }

  @Test
  @DisplayName("The API is described by OpenAPI, with Swagger UI, behind the same login")
  void openApi() {
    JsonNode api = as("mia").get("/v3/api-docs").json();
    assertThat(api.path("paths").has("/api/alliances")).isTrue();
    assertThat(api.path("paths").has("/api/alliances/{reference}")).isTrue();
    assertThat(api.path("paths").has("/api/alliances/{reference}/decisions")).isTrue();
    assertThat(api.path("paths").has("/api/alliances.csv")).isTrue();
    assertThat(api.path("paths").has("/engine-rest/task")).as("the engine's own REST API is documented by Camunda")
        .isFalse();
    assertThat(as("mia").accepting("text/html").get("/swagger-ui/index.html").status()).isEqualTo(200);
  }

  private String reference(String name) {
    return alliances.findAll().stream().filter(a -> a.name().equals(name)).map(Alliance::reference).findFirst()
        .orElseThrow(() -> new AssertionError("no demo alliance " + name));
  }

  private Rest as(String user) {
    return rest().as(user, user);
  }

  private static List<String> references(Rest.Response response) {
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    List<String> references = new ArrayList<>();
    response.json().path("alliances").forEach(a -> references.add(a.path("reference").asText()));
    return references;
  }

  private static JsonNode row(JsonNode portfolio, String reference) {
    return StreamSupport.stream(portfolio.path("alliances").spliterator(), false)
        .filter(a -> a.path("reference").asText().equals(reference)).findFirst().orElseThrow();
  }

  private static List<JsonNode> closed(JsonNode reviews) {
    return StreamSupport.stream(reviews.spliterator(), false).filter(r -> r.path("status").asText().equals("CLOSED"))
        .toList();
  }

  private static JsonNode lastClosed(JsonNode reviews) {
    List<JsonNode> closed = closed(reviews);
    return closed.get(closed.size() - 1);
  }

  private static List<CSVRecord> csv(String body) {
    try {
      return CSVFormat.RFC4180.parse(new java.io.StringReader(body.replace("\uFEFF", ""))).getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
