package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

  private static Browser browser;

  private final TaskService taskService;

  TasklistBrowserIT(@LocalServerPort int port, TaskService taskService) {
    super(port);
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
