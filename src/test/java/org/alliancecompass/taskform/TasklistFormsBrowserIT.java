package org.alliancecompass.taskform;

import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.support.Axe;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product's forms in Tasklist, in a real headless Chromium at a desktop's and a phone's size, as
 * the people who fill them in meet them: what Complete records and what happens next, a refused
 * answer pointed at, the statements read in full on a phone, the start of an alliance with its review
 * cycle chosen and its new reference shown. Screenshots go to {@code target/screenshots/}.
 */
@DisplayName("The product's forms in Tasklist")
class TasklistFormsBrowserIT extends InProcessApplication {

  private static final By FORM = By.cssSelector(".fjs-form");
  private static final By CLAIM = By.cssSelector("[cam-tasklist-task-meta] .claim");
  private static final By COMPLETE = By.cssSelector(".form-actions button.btn-primary");
  private static final By CONFIRMATION = By.cssSelector(".page-notifications .alert-success");
  private static final By REFUSAL = By.cssSelector(".page-notifications .alert-danger");
  private static final Pattern REFERENCE = Pattern.compile("Alliance (ALL-\\d{4}-\\d{4}) is registered");

  private static Browser browser;

  private final TasklistClient tasklist;
  private final Alliances alliances;
  private final TaskService taskService;

  TasklistFormsBrowserIT(@LocalServerPort int port, Alliances alliances, TaskService taskService) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.alliances = alliances;
    this.taskService = taskService;
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.headlessChromium();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"desktop", "phone"})
  @DisplayName("Complete records the criteria and says what happens next; a nomination the server refuses points at its field")
  void confirmationAndRefusedNomination(String size) throws IOException {
    // given a new alliance, its first task open in the manager's Tasklist
    size(size);
    String name = "Forms check on a " + size + " " + System.nanoTime();
    String reference = startAlliance(values("allianceName", name));
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), "mia", "mia");
    openClaimed(tasklist.await("mia", reference, "Task_DefinePartnerCriteria", 1).get(0));
    page.findElements(By.cssSelector(".fjs-form textarea")).forEach(field -> {
      field.clear();
      field.sendKeys("Fewer emergency admissions of frail older people");
    });

    // when
    press(page.findElement(COMPLETE));

    // then: what was recorded, what happens next (the form says), and where to follow it
    WebElement confirmation = browser.await().until(ExpectedConditions.visibilityOfElementLocated(CONFIRMATION));
    browser.screenshot("tasklist-confirmation-" + size);
    assertThat(confirmation.getText()).contains("Recorded: Define objectives and partner criteria: " + name)
        .contains(afterCompletion("partner-criteria"));
    assertThat(confirmation.findElement(By.tagName("a")).getAttribute("href"))
        .isEqualTo(baseUrl() + "/alliances/" + reference);
    assertThat(top(confirmation)).as("at the top of the screen").isLessThan(150);

    // when the manager nominates a single candidate, which the server refuses
    JsonNode nomination = tasklist.await("mia", reference, "Task_NominateCandidates", 1).get(0);
    openClaimed(nomination);
    press(page.findElement(By.cssSelector(".fjs-form-field-checklist input[type=checkbox]")));
    press(page.findElement(COMPLETE));

    // then: the field's message at the top, the focus on the field, the task still open
    WebElement refusal = browser.await().until(ExpectedConditions.visibilityOfElementLocated(REFUSAL));
    browser.await().until(d -> focusedFieldLabel(d) != null);
    browser.screenshot("tasklist-refused-nomination-" + size);
    assertThat(refusal.getText()).contains("Candidate partner organisations")
        .contains("choose at least two candidate organisations").doesNotContain("Invalid form data", "candidates:");
    assertThat(top(refusal)).isLessThan(150);
    assertThat(focusedFieldLabel(page)).startsWith("Candidate partner organisations");
    assertThat(tasklist.as("mia").get("/engine-rest/task/" + nomination.path("id").asText()).status()).isEqualTo(200);
  }

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"desktop", "phone"})
  @DisplayName("An assessment completed without answers is refused: the first statement's message on top, the focus on it")
  void refusedAssessment(String size) throws IOException {
    // given nora's open health assessment in the demo alliance, claimed
    size(size);
    JsonNode assessment = tasklist.await("nora", demo(), "Task_AssessPartnerHealth", 1).get(0);
    String taskId = assessment.path("id").asText();
    String assignee = taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    WebDriver page = browser.driver();
    try {
      browser.signIn(baseUrl(), "nora", "nora");
      openClaimed(assessment);

      // when
      press(page.findElement(COMPLETE));

      // then
      WebElement refusal = browser.await().until(ExpectedConditions.visibilityOfElementLocated(REFUSAL));
      browser.await().until(d -> focusedFieldLabel(d) != null);
      browser.screenshot("tasklist-refused-assessment-" + size);
      String firstStatement = firstLabel("health-assessment");
      assertThat(refusal.getText()).contains(firstStatement).contains("Field is required");
      assertThat(top(refusal)).isLessThan(150);
      assertThat(focusedFieldLabel(page)).startsWith(firstStatement);
      assertThat(tasklist.as("nora").get("/engine-rest/task/" + taskId).status()).isEqualTo(200);
    } finally {
      taskService.setAssignee(taskId, assignee);
    }
  }

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"desktop", "phone"})
  @DisplayName("Every label of the health assessment is read in full, none cut off; axe-core finds nothing")
  void labelsReadInFull(String size) {
    // given
    size(size);
    JsonNode assessment = tasklist.await("nora", demo(), "Task_AssessPartnerHealth", 1).get(0);
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), "nora", "nora");

    // when
    page.get(taskUrl(assessment.path("id").asText()));
    browser.await().until(ExpectedConditions.visibilityOfElementLocated(FORM));

    // then: every label's whole text fits its box (scroll width equals client width)
    @SuppressWarnings("unchecked")
    List<String> clipped = (List<String>) ((JavascriptExecutor) page).executeScript("""
        return Array.prototype.filter.call(document.querySelectorAll('.fjs-form-field-label'),
            function (label) { return label.scrollWidth > label.clientWidth; })
          .map(function (label) { return label.textContent; });""");
    assertThat(clipped).isEmpty();
    assertThat(page.findElements(By.cssSelector(".fjs-form-field-label"))).hasSizeGreaterThan(60);
    ((JavascriptExecutor) page).executeScript("document.querySelector('.fjs-form-field-radio').scrollIntoView()");
    browser.screenshot("tasklist-assessment-labels-" + size);
    assertThat(Axe.violations(page)).as("axe-core, Tasklist with the health assessment open").isEmpty();
  }

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"desktop", "phone"})
  @DisplayName("A manager starts an alliance choosing its review cycle, and reads its new reference with a link to its page")
  void startWithReviewCycleChoice(String size) {
    // given
    size(size);
    String name = "Start check on a " + size + " " + System.nanoTime();
    boolean phone = size.equals("phone");
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), "mia", "mia");
    page.get(baseUrl() + "/camunda/app/tasklist/default/");
    if (phone) {
      browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".navbar-toggle"))).click();
    }
    browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
    browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".modal-body ul a"))).click();
    browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-body .fjs-form")));

    // when: the review cycle is one of the choices on a desktop, "Other" and two months on the phone
    page.findElement(By.cssSelector(".modal-body .fjs-form input[type=text]")).sendKeys(name);
    List<String> choices = page.findElements(By.cssSelector(".modal-body .fjs-form-field-radio label.fjs-form-field-label"))
        .stream().map(WebElement::getText).map(String::strip).filter(label -> !label.equals("Review cycle")).toList();
    choose(page, phone ? "Other" : "Half-yearly");
    if (phone) {
      WebElement label = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//label[normalize-space()='Other review cycle']")));
      page.findElement(By.id(label.getAttribute("for"))).sendKeys("P2M");
    }
    assertThat(Axe.violations(page)).as("axe-core, Tasklist's start form").isEmpty();
    browser.screenshot("tasklist-start-form-" + size);
    page.findElement(By.cssSelector(".modal-footer button.btn-primary")).click();

    // then
    WebElement notice = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//div[contains(@class,'page-notifications')]//div[contains(., 'is registered')]")));
    browser.screenshot("tasklist-started-" + size);
    assertThat(choices).containsExactly("Monthly", "Quarterly (usual)", "Half-yearly", "Yearly", "Other");
    Matcher registered = REFERENCE.matcher(notice.getText());
    assertThat(registered.find()).as(notice.getText()).isTrue();
    String reference = registered.group(1);
    Alliance alliance = alliances.find(reference).orElseThrow();
    assertThat(alliance.name()).isEqualTo(name);
    assertThat(alliance.reviewCycle()).isEqualTo(phone ? "P2M" : "P6M");
    assertThat(notice.findElement(By.tagName("a")).getAttribute("href")).isEqualTo(baseUrl() + "/alliances/" + reference);
  }

  private void size(String size) {
    if (size.equals("phone")) {
      browser.phone();
    } else {
      browser.desktop();
    }
  }

  /** Opens the task in Tasklist, claimed by the signed-in user as a person does, its form ready. */
  private void openClaimed(JsonNode task) {
    WebDriver page = browser.driver();
    page.get(taskUrl(task.path("id").asText()));
    browser.await().until(ExpectedConditions.visibilityOfElementLocated(FORM));
    if (!page.findElements(CLAIM).isEmpty()) {
      page.findElement(CLAIM).click();
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task-meta] .unclaim")));
    }
    browser.await().until(ExpectedConditions.elementToBeClickable(COMPLETE));
  }

  /** Scrolls the control to the middle of the screen, clear of Tasklist's footer, and presses it. */
  private static void press(WebElement control) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", control);
    control.click();
  }

  private static void choose(WebDriver page, String option) {
    page.findElements(By.cssSelector(".modal-body .fjs-form-field-radio label.fjs-form-field-label")).stream()
        .filter(label -> label.getText().strip().equals(option)).findFirst().orElseThrow().click();
  }

  /** The label of the form field that holds the focus, or null. */
  private static String focusedFieldLabel(WebDriver page) {
    return (String) ((JavascriptExecutor) page).executeScript("""
        var field = document.activeElement && document.activeElement.closest('.fjs-form-field');
        var label = field && field.querySelector('.fjs-form-field-label');
        return label ? label.textContent.trim() : null;""");
  }

  /** Where the element's top is on the screen, in CSS pixels from the top of the viewport. */
  private static long top(WebElement element) {
    return ((Number) ((JavascriptExecutor) browser.driver())
        .executeScript("return arguments[0].getBoundingClientRect().top", element)).longValue();
  }

  private String taskUrl(String taskId) {
    return baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  private String demo() {
    return alliances.findAll().stream().filter(a -> a.name().equals("North City Frailty Alliance"))
        .map(Alliance::reference).findFirst().orElseThrow();
  }

  private String startAlliance(Map<String, Object> values) {
    Rest.Response started = tasklist.as("mia").post("/engine-rest/process-definition/key/alliance-lifecycle/submit-form",
        Map.of("variables", TasklistClient.variables(values)));
    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    return started.json().path("businessKey").asText();
  }

  private static String afterCompletion(String formId) throws IOException {
    return new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile())
        .path("properties").path("afterCompletion").asText();
  }

  /** The label of the form's first field that has one, also inside a group (a dimension of the health model). */
  private static String firstLabel(String formId) throws IOException {
    JsonNode components = new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile()).path("components");
    return firstLabel(components).orElseThrow(() -> new AssertionError("no labelled field in " + formId));
  }

  private static java.util.Optional<String> firstLabel(JsonNode components) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && component.hasNonNull("label")) {
        return java.util.Optional.of(component.path("label").asText());
      }
      java.util.Optional<String> inside = firstLabel(component.path("components"));
      if (inside.isPresent()) {
        return inside;
      }
    }
    return java.util.Optional.empty();
  }
}
