package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.support.Axe;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.TasklistClient;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's webapps in a real headless Chromium, as a person meets them after signing in on the
 * product's login page. Tasklist loads its task list with a POST to the webapps' API: a CSRF or
 * matcher mistake in the security chain answers it 403 and Tasklist shows a red "Failure" where
 * the tasks should be, so the test waits for a task in the list, not only for the page.
 * Screenshots land in {@code target/screenshots/}.
 */
@DisplayName("Camunda's webapps in a browser")
class TasklistBrowserIT extends InProcessApplication {

  private static final By FILTERS = By.cssSelector(".task-filter h4.name a");
  private static final By LISTED_TASKS = By.cssSelector(".tasks-list li.task h4.task a");
  private static final By FAILURE = By.cssSelector(".alert-danger");
  private static final By EOL_NOTICE = By.cssSelector(".ce-eol-banner");
  private static final By HEADER = By.cssSelector("[cam-widget-header] .brand-name");
  /** A translation key shown instead of its text, such as CREATION_DATE or GROUPS_GROUP. */
  private static final Pattern RAW_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]*(_[A-Z0-9]+)+\\b");

  private static Browser browser;

  private final TaskService taskService;
  private final AuthorizationService authorizations;
  private final Alliances alliances;
  private final TasklistClient tasklist;

  TasklistBrowserIT(@LocalServerPort int port, TaskService taskService, AuthorizationService authorizations,
      Alliances alliances) {
    super(port);
    this.taskService = taskService;
    this.authorizations = authorizations;
    this.alliances = alliances;
    this.tasklist = new TasklistClient(baseUrl());
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.headlessChromium().desktop();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  @DisplayName("a partner representative signs in and finds her organisation's task in Tasklist")
  void partnerSeesOrganisationTaskInTasklist() {
    // given
    String taskName = "Health assessment: Northside (browser check)";
    Task task = taskService.newTask();
    task.setName(taskName);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "northside-hospital");
    WebDriver page = browser.driver();
    try {
      // when
      browser.signIn(baseUrl(), "nora", "nora");
      page.get(baseUrl() + "/camunda/app/tasklist/default/");
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
      page.findElements(FILTERS).stream().filter(filter -> filter.getText().startsWith("My group tasks"))
          .findFirst().orElseThrow().click();
      browser.await().until(shown -> hasText(shown.findElements(LISTED_TASKS), taskName)
          || !displayed(shown.findElements(FAILURE)).isEmpty());
      browser.screenshot("tasklist-nora");

      // then
      assertThat(displayed(page.findElements(FAILURE))).as("failure notices").isEmpty();
      assertThat(texts(page.findElements(FILTERS))).anyMatch(name -> name.startsWith("My tasks"))
          .anyMatch(name -> name.startsWith("My group tasks"));
      assertThat(texts(page.findElements(LISTED_TASKS))).contains(taskName);
      assertThat(displayed(page.findElements(By.cssSelector(".ce-eol-banner")))).as("end-of-life banner").isEmpty();
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  @Test
  @DisplayName("a manager who opens Cockpit is refused")
  void managerIsRefusedCockpit() {
    // given
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), "mia", "mia");

    // when
    page.get(baseUrl() + "/camunda/app/cockpit/default/");

    // then
    browser.screenshot("cockpit-refused-mia");
    assertThat(page.findElement(By.tagName("body")).getText()).contains("Not allowed").contains("403");
    assertThat(page.findElements(By.cssSelector("[cam-widget-header]"))).as("Cockpit's header").isEmpty();
  }

  @Test
  @DisplayName("signing out in Tasklist ends the session and leads back to the login page")
  void signOutInTasklist() {
    // given
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), "carl", "carl");
    page.get(baseUrl() + "/camunda/app/tasklist/default/");
    browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account a.dropdown-toggle")))
        .click();

    // when
    page.findElement(By.cssSelector("li.logout a")).click();

    // then
    browser.await().until(ExpectedConditions.urlMatches("/login(\\?logout)?$"));
    page.get(baseUrl() + "/camunda/app/tasklist/default/");
    assertThat(page.getCurrentUrl()).isEqualTo(baseUrl() + "/login");
  }

  @Test
  @DisplayName("an administrator sees Camunda's end-of-life notice in each webapp; a manager sees it in none")
  void endOfLifeNoticeForAdministratorsOnly() {
    // given
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), "admin", "admin");

    for (String webapp : List.of("tasklist", "cockpit", "admin", "welcome")) {
      // when
      page.get(baseUrl() + "/camunda/app/" + webapp + "/default/");

      // then
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(HEADER));
      browser.screenshot("eol-notice-admin-" + webapp);
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(EOL_NOTICE));
    }

    // given
    browser.signIn(baseUrl(), "mia", "mia");
    for (String webapp : List.of("tasklist", "welcome")) {
      // when
      page.get(baseUrl() + "/camunda/app/" + webapp + "/default/");
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(HEADER));

      // then
      assertThat(displayed(page.findElements(EOL_NOTICE))).as("notice in " + webapp).isEmpty();
    }
  }

  @Test
  @DisplayName("Tasklist and Admin show their texts, not translation keys, on each of ten first visits")
  void translationsOnFirstVisits() {
    // given
    WebDriver page = browser.driver();
    List<String> rawKeys = new ArrayList<>();

    for (int visit = 1; visit <= 10; visit++) {
      // when: a first visit, as from a new browser
      browser.forgetEverything(baseUrl());
      browser.signIn(baseUrl(), "admin", "admin");
      page.get(baseUrl() + "/camunda/app/tasklist/default/");
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(FILTERS));
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("[cam-sorting-choices] .sort-by")));
      collectRawKeys(page, "Tasklist, visit " + visit, rawKeys);
      page.get(baseUrl() + "/camunda/app/admin/default/#/users");
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.cam-table")));
      collectRawKeys(page, "Admin, visit " + visit, rawKeys);
    }

    // then
    browser.screenshot("translations-admin-users");
    assertThat(rawKeys).isEmpty();
  }

  @Test
  @DisplayName("a partner representative is offered only what she may do with a task; an administrator, the rest")
  void partnerSeesOnlyWhatSheMayUse() {
    // given her organisation's open health assessment in the demo alliance
    String demo = alliances.findAll().stream().filter(a -> a.name().equals("North City Frailty Alliance")).findFirst()
        .orElseThrow().reference();
    JsonNode assessment = tasklist.await("nora", demo, "Task_AssessPartnerHealth", 1).get(0);
    String taskUrl = baseUrl() + "/camunda/app/tasklist/default/#/?task=" + assessment.path("id").asText();
    WebDriver page = browser.driver();

    for (String size : List.of("desktop", "phone")) {
      // when
      if (size.equals("phone")) {
        browser.phone();
      }
      browser.signIn(baseUrl(), "nora", "nora");
      page.get(taskUrl);
      WebElement due = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("[cam-tasklist-task-meta] .due-date")));
      browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));

      // then: the due date to read, not to change; no follow-up date, no Cockpit, no new tasks
      assertThat(due.getText()).startsWith("in ");
      assertThat(due.getAttribute("tabindex")).isEqualTo("-1");
      assertThat(due.getCssValue("pointer-events")).isEqualTo("none");
      assertThat(displayed(page.findElements(By.cssSelector(
          ".followup-date, .reset-due-date, .instance-link, .create-task-action, .ce-eol-banner")))).isEmpty();
      assertThat(page.findElement(By.tagName("body")).getText()).doesNotContain("Set follow-up date", "Cockpit");
      // and the claim button is a touch target of 44 by 44 px
      WebElement claim = page.findElements(
          By.cssSelector("[cam-tasklist-task-meta] .claim, [cam-tasklist-task-meta] .unclaim")).get(0);
      assertThat(claim.getSize().getHeight()).isGreaterThanOrEqualTo(44);
      assertThat(claim.getSize().getWidth()).isGreaterThanOrEqualTo(44);
      assertThat(Axe.violations(page)).as("axe-core, Tasklist with a form open").isEmpty();
      browser.screenshot("tasklist-task-nora-" + size);
    }
    browser.desktop();

    // when an administrator opens the same task
    browser.signIn(baseUrl(), "admin", "admin");
    page.get(taskUrl);
    browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".followup-date")));

    // then the controls are there for her
    assertThat(displayed(page.findElements(By.cssSelector(".instance-link")))).hasSize(1);
    assertThat(page.findElement(By.cssSelector("[cam-tasklist-task-meta] .due-date")).getAttribute("tabindex"))
        .isEqualTo("0");
    browser.screenshot("tasklist-task-admin");
  }

  @Test
  @DisplayName("when the engine refuses a partner representative, she reads a sentence, not its exception")
  void refusalInWords() {
    // given a task of her organisation, open in her Tasklist, then withdrawn from her organisation
    String taskName = "Health assessment: Northside (refusal check)";
    Task task = taskService.newTask();
    task.setName(taskName);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "northside-hospital");
    WebDriver page = browser.driver();
    try {
      browser.signIn(baseUrl(), "nora", "nora");
      page.get(baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
      WebElement claim = browser.await().until(ExpectedConditions.elementToBeClickable(
          By.cssSelector("[cam-tasklist-task-meta] .claim")));
      // the organisation may still read the task, no longer work on it (removing the candidate group would
      // leave its permission in place)
      authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list()
          .forEach(authorization -> {
            authorization.removePermission(TaskPermissions.TASK_WORK);
            authorizations.saveAuthorization(authorization);
          });

      // when
      claim.click();

      // then
      WebElement refusal = browser.await().until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector(".page-notifications .alert-danger")));
      browser.screenshot("tasklist-refusal-nora");
      assertThat(refusal.getText()).contains("Your account may not do this")
          .doesNotContain("Exception", "TASK_", "permission", task.getId());
      assertThat(page.findElement(By.cssSelector(".task-details")).getText()).as("a task without a due date")
          .doesNotContain("Set due date", "Set follow-up date");
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }

  private static void collectRawKeys(WebDriver page, String where, List<String> rawKeys) {
    String text = (String) ((JavascriptExecutor) page).executeScript("return document.body.innerText");
    RAW_KEY.matcher(text).results().map(m -> where + ": " + m.group()).forEach(rawKeys::add);
  }

  private static boolean hasText(List<WebElement> elements, String text) {
    return texts(elements).contains(text);
  }

  private static List<String> texts(List<WebElement> elements) {
    return elements.stream().map(WebElement::getText).map(String::strip).toList();
  }

  private static List<WebElement> displayed(List<WebElement> elements) {
    return elements.stream().filter(WebElement::isDisplayed).toList();
  }
}
