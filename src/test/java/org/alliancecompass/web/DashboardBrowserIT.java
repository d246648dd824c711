package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.support.Axe;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.FormValues;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard as a person sees it, in a real headless Chromium: the portfolio after sign-in,
 * an alliance's page with its charts drawn from the review data, what a partner representative
 * sees, and typed markup shown as text. Screenshots go to {@code target/screenshots/}.
 */
class DashboardBrowserIT extends InProcessApplication {

  private final Alliances alliances;
  private final TasklistClient tasklist;
  private Browser browser;
  private String northCity;
  private String riverside;

  DashboardBrowserIT(@LocalServerPort int port, Alliances alliances) {
    super(port);
    this.alliances = alliances;
    this.tasklist = new TasklistClient(baseUrl());
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.headlessChromium();
    northCity = reference("North City Frailty Alliance");
    riverside = reference("Riverside Mental Health Partnership");
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  @DisplayName("A manager signs in to the portfolio, sees the demo alliance's gate outcome and opens its charts")
  void managerReadsThePortfolio() {
    // given
    WebDriver page = browser.driver();
    JsonNode api = tasklist.as("mia").get("/api/alliances/" + northCity).json();
    List<JsonNode> closed = StreamSupport.stream(api.path("reviews").spliterator(), false)
        .filter(r -> r.path("status").asText().equals("CLOSED")).toList();

    // when
    browser.signIn(baseUrl(), "mia", "mia");

    // then: the portfolio is the home page, the alliance row shows its outcome in a word
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio")));
    assertThat(page.getCurrentUrl()).isEqualTo(baseUrl() + "/");
    WebElement row = page.findElement(By.cssSelector("tr[data-reference='" + northCity + "']"));
    assertThat(row.findElement(By.cssSelector(".outcome")).getText()).isEqualTo("At risk");
    assertThat(row.findElement(By.cssSelector(".outcome")).getAttribute("class")).contains("AT_RISK");
    assertThat(row.getText()).contains(closed.get(closed.size() - 1).path("overallScore").asText());
    assertThat(page.findElements(By.cssSelector("tr[data-reference='" + riverside + "']"))).hasSize(1);
    browser.screenshot("dashboard-portfolio-mia");

    // when: the manager opens the alliance
    row.findElement(By.linkText("North City Frailty Alliance")).click();

    // then: the line chart holds every closed review's dimension scores, the radar each partner's
    browser.await().until(d -> chartData(d, "health-chart") != null && chartData(d, "partner-chart") != null);
    Map<String, Object> health = chartData(page, "health-chart");
    assertThat((List<?>) health.get("labels")).hasSize(closed.size());
    Map<String, List<Double>> series = series(health);
    assertThat(series.keySet()).containsExactly("Trust and loyalty", "Decision-making", "Management capability",
        "Flexibility and dynamism", "Overall");
    assertThat(series.get("Trust and loyalty")).containsExactlyElementsOf(scores(closed, "trust"));
    assertThat(series.get("Flexibility and dynamism")).containsExactlyElementsOf(scores(closed, "flexibility"));
    assertThat(series.get("Overall")).containsExactlyElementsOf(closed.stream().map(r -> r.path("overallScore").asDouble()).toList());

    JsonNode latest = closed.get(closed.size() - 1);
    // the manager's radar: Northside Hospital, three of whose people answered; the others too few to show
    Map<String, List<Double>> partners = series(chartData(page, "partner-chart"));
    assertThat(partners).containsOnlyKeys("Northside Hospital NHS Foundation Trust");
    assertThat(page.findElement(By.id("withheld-partners")).getText())
        .contains("City Council Adult Social Care", "Community Care Trust", "fewer than 3 of its people answered");
    latest.path("partnerScores").forEach(p -> assertThat(partners.get(p.path("organisation").asText()))
        .containsExactly(p.path("scores").path("trust").asDouble(), p.path("scores").path("decisionMaking").asDouble(),
            p.path("scores").path("managementCapability").asDouble(), p.path("scores").path("flexibility").asDouble()));

    // and the same figures are there as text for those who cannot see the chart
    assertThat(page.findElement(By.id("health-chart")).getAttribute("aria-label")).isNotBlank();
    assertThat(page.findElement(By.id("reviews")).getText()).contains(latest.path("scores").path("trust").asText());
    assertThat(page.findElement(By.id("actions")).findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    assertThat(page.findElement(By.id("decisions")).getText()).contains("Review 2: gate outcome");
    // and who the running review waits for, per organisation, without Tasklist
    WebElement work = page.findElement(By.id("work"));
    ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView()", work);
    assertThat(work.getText()).contains("Health assessments of review 3", "Community Care Trust: 0 of 1 person answered",
        "Complete improvement action");
    assertThat(page.findElement(By.id("process-evidence")).getText()).contains("Review 1", "Review 2");
    browser.screenshot("alliance-work-in-flight-mia");
    browser.screenshot("dashboard-alliance-mia");
  }

  @Test
  @DisplayName("On a phone each alliance of the portfolio is a card that shows every value beside its label")
  void portfolioOnAPhone() {
    // given
    browser.phone();
    WebDriver page = browser.driver();

    // when
    browser.signIn(baseUrl(), "mia", "mia");

    // then: nothing runs off the screen, and the row of the demo alliance reads as label and value
    WebElement row = browser.await().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("tr[data-reference='" + northCity + "']")));
    ((JavascriptExecutor) page).executeScript("arguments[0].scrollIntoView()", row);
    browser.screenshot("dashboard-portfolio-phone-mia");
    Number overflow = (Number) ((JavascriptExecutor) page).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(overflow.intValue()).as("page wider than the phone").isLessThanOrEqualTo(0);
    assertThat(row.getRect().getWidth()).isLessThanOrEqualTo(390);
    assertThat(row.getText()).contains("North City Frailty Alliance", "At risk", "Community Care Trust");
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) ((JavascriptExecutor) page).executeScript("""
        return Array.prototype.map.call(arguments[0].querySelectorAll('td[data-label]'),
          function (cell) { return getComputedStyle(cell, '::before').content; });""", row);
    assertThat(labels).containsExactly("\"Type\"", "\"Status\"", "\"Partners\"", "\"Gate outcome\"", "\"Score\"",
        "\"Trend\"", "\"Perception gap\"", "\"Next review\"", "\"Tasks\"");
    for (WebElement cell : row.findElements(By.tagName("td"))) {
      assertThat(cell.isDisplayed()).as(cell.getAttribute("data-label")).isTrue();
      assertThat(cell.getRect().getX() + cell.getRect().getWidth()).as(cell.getAttribute("data-label"))
          .isLessThanOrEqualTo(390);
    }
    // and the column headings still sort
    page.findElement(By.linkText("Score")).click();
    browser.await().until(ExpectedConditions.urlContains("sort=score"));
  }

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"desktop", "phone"})
  @DisplayName("axe-core finds no violation on the sign-in page, the portfolio and an alliance's page")
  void accessibleProductPages(String size) {
    // given
    if (size.equals("phone")) {
      browser.phone();
    } else {
      browser.desktop();
    }
    WebDriver page = browser.driver();

    // when, then
    page.get(baseUrl() + "/login");
    assertThat(Axe.violations(page)).as("sign-in").isEmpty();
    browser.screenshot("sign-in-" + size);
    browser.signIn(baseUrl(), "mia", "mia");
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio")));
    assertThat(Axe.violations(page)).as("portfolio").isEmpty();
    browser.screenshot("dashboard-portfolio-" + size);
    page.get(baseUrl() + "/alliances/" + northCity);
    browser.await().until(d -> chartData(d, "health-chart") != null && chartData(d, "partner-chart") != null);
    assertThat(Axe.violations(page)).as("alliance page").isEmpty();
    browser.screenshot("dashboard-alliance-" + size);
  }

  @Test
  @DisplayName("A partner representative sees only the alliances of their organisation; another's page is not found")
  void partnerSeesOwnAlliances() {
    // given
    WebDriver page = browser.driver();
    List<String> carlMaySee = new ArrayList<>();
    tasklist.as("carl").get("/api/alliances").json().path("alliances")
        .forEach(a -> carlMaySee.add(a.path("reference").asText()));

    // when
    browser.signIn(baseUrl(), "carl", "carl");

    // then
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio")));
    List<String> shown = page.findElements(By.cssSelector("#portfolio tbody tr[data-reference]")).stream()
        .map(r -> r.getAttribute("data-reference")).toList();
    assertThat(shown).containsExactlyInAnyOrderElementsOf(carlMaySee).contains(northCity).doesNotContain(riverside);
    browser.screenshot("dashboard-portfolio-carl");

    page.get(baseUrl() + "/alliances/" + riverside);
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
    assertThat(page.getPageSource()).doesNotContain("Riverside Mental Health Partnership");

    page.get(baseUrl() + "/alliances/" + northCity);
    browser.await().until(d -> chartData(d, "partner-chart") != null);
    assertThat(series(chartData(page, "partner-chart")).keySet()).containsExactly("City Council Adult Social Care");
  }

  @Test
  @DisplayName("Markup typed into a form comment is shown as text on the dashboard and never runs")
  void typedMarkupShowsAsText() {
    // given: City Council answers the open review with markup in a comment
    String hostile = "<script>window.injected = true;</script><b id=\"bold\">bold</b> budget decided without us";
    JsonNode task = tasklist.await("carl", northCity, "Task_AssessPartnerHealth", 1).get(0);
    Map<String, Object> answers = FormValues.health(3, 2, 3, 3);
    answers.put("trustComment", hostile);
    assertThat(tasklist.claimAndSubmit("carl", task.path("id").asText(), answers).status()).isEqualTo(204);

    // when
    browser.signIn(baseUrl(), "mia", "mia");
    browser.driver().get(baseUrl() + "/alliances/" + northCity);

    // then
    WebDriver page = browser.driver();
    WebElement comments = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("comments")));
    assertThat(comments.getText()).contains(hostile);
    assertThat(comments.findElements(By.tagName("script"))).isEmpty();
    assertThat(page.findElements(By.id("bold"))).isEmpty();
    assertThat(((JavascriptExecutor) page).executeScript("return window.injected === undefined")).isEqualTo(true);
    browser.screenshot("dashboard-escaped-comment");
  }

  @Test
  @DisplayName("Signing in starts a new session; signing out ends it, so its old cookie opens nothing")
  void sessions() {
    // given a visitor with a session from the login page
    WebDriver page = browser.driver();
    page.get(baseUrl() + "/login");
    String before = sessionId(page);

    // when
    browser.signIn(baseUrl(), "bob", "bob");
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio")));
    String signedIn = sessionId(page);
    page.findElement(By.cssSelector(".topbar .user button[type=submit]")).click();
    browser.await().until(ExpectedConditions.urlContains("/login"));

    // then
    assertThat(signedIn).isNotNull().isNotEqualTo(before);
    page.manage().deleteAllCookies();
    page.manage().addCookie(new Cookie("JSESSIONID", signedIn, "/"));
    page.get(baseUrl() + "/");
    assertThat(page.getCurrentUrl()).isEqualTo(baseUrl() + "/login");
  }

  private static String sessionId(WebDriver page) {
    Cookie cookie = page.manage().getCookieNamed("JSESSIONID");
    return cookie == null ? null : cookie.getValue();
  }

  @Test
  @DisplayName("The demo alliance's KPIs: each drawn against its target and minimum condition, the failing value said in words")
  void kpisAgainstTheirTargets() {
    // given the KPIs as the API returns them
    JsonNode kpis = tasklist.as("mia").get("/api/alliances/" + northCity + "/kpis").json();
    assertThat(kpis).hasSize(3);
    assertThat(kpis.get(0).path("values")).as("the two reviews that recorded values; the third waits").hasSize(2);

    // when the manager opens the alliance
    browser.signIn(baseUrl(), "mia", "mia");
    WebDriver page = browser.driver();
    page.get(baseUrl() + "/alliances/" + northCity);

    // then each KPI has its chart: the values of the reviews that measured it, its target and its minimum
    for (int i = 0; i < kpis.size(); i++) {
      JsonNode kpi = kpis.get(i);
      String canvas = "kpi-chart-" + i;
      browser.await().until(d -> chartData(d, canvas) != null);
      Map<String, List<Double>> series = series(chartData(page, canvas));
      List<Double> values = StreamSupport.stream(kpi.path("values").spliterator(), false)
          .map(v -> v.path("actual").asDouble()).toList();
      assertThat(series.get("Value")).as(kpi.path("name").asText()).containsExactlyElementsOf(values);
      assertThat(series.get("Target")).containsOnly(kpi.path("target").asDouble()).hasSize(values.size());
      assertThat(series.get("Minimum condition")).containsOnly(kpi.path("minimum").asDouble());
    }
    // and the table says which value failed its minimum, in words as well as colour
    WebElement table = page.findElement(By.id("kpi-table"));
    assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(3);
    assertThat(table.findElements(By.cssSelector("li.below-minimum"))).singleElement()
        .satisfies(li -> assertThat(li.getText()).isEqualTo("Review 2: 47 (below the minimum)"));
    browser.screenshot("alliance-kpis-mia");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> chartData(WebDriver page, String canvasId) {
    return (Map<String, Object>) ((JavascriptExecutor) page).executeScript("""
        var canvas = document.getElementById(arguments[0]);
        var chart = canvas && window.Chart && Chart.getChart(canvas);
        return chart ? { labels: chart.data.labels,
          datasets: chart.data.datasets.map(function (d) { return { label: d.label, data: d.data }; }) } : null;""",
        canvasId);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<Double>> series(Map<String, Object> chart) {
    Map<String, List<Double>> series = new java.util.LinkedHashMap<>();
    for (Map<String, Object> dataset : (List<Map<String, Object>>) chart.get("datasets")) {
      series.put((String) dataset.get("label"),
          ((List<Object>) dataset.get("data")).stream().map(v -> ((Number) v).doubleValue()).toList());
    }
    return series;
  }

  private static List<Double> scores(List<JsonNode> reviews, String dimension) {
    return reviews.stream().map(r -> r.path("scores").path(dimension).asDouble()).toList();
  }

  private String reference(String name) {
    return alliances.findAll().stream().filter(a -> a.name().equals(name)).map(Alliance::reference).findFirst()
        .orElseThrow();
  }
}
