package org.alliancecompass.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancecompass.review.ReviewProcess;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.Rest.Response;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "My notifications" on the embedded default, which has no mail settings: nothing fails, every
 * notification waits in its person's outbox, and each person sees their own and nobody else's.
 */
class NotificationsPageIT extends InProcessApplication {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
  private static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";

  private final TaskService tasks;
  private final Outbox outbox;

  NotificationsPageIT(@LocalServerPort int port, TaskService tasks, Outbox outbox) {
    super(port);
    this.tasks = tasks;
    this.outbox = outbox;
  }

  @Test
  @DisplayName("Without mail settings, the demo's assessment waits in nora's outbox, on her page only, new until seen")
  void outboxWithoutMail() {
    // given the demo review waits for each partner's assessment, and something new has come for nora
    Task noras = assessment("nora");
    Task carls = assessment("carl");
    String fresh = "Decision on North City Frailty Alliance: test " + System.nanoTime();
    outbox.deliver(new Notification(null, "nora", NotificationKind.DECISION, null, null, fresh, "Decision: Test",
        "http://localhost:8080/", "Open the alliance", null, null));

    // when nora opens her notifications
    Rest nora = signedIn("nora");
    assertThat(nora.get("/").body()).contains("unread)");
    Response page = nora.get("/notifications");

    // then she sees her organisation's task with its link, what is new marked new, and that mail is not set up
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("My notifications", "Mail is not set up on this installation",
        "New task: Health assessment for North City Frailty Alliance", TASKLIST + noras.getId(), fresh);
    assertThat(itemOf(page, fresh)).contains("notification unread", ">new<");
    // and nobody else's
    assertThat(page.body()).doesNotContain(TASKLIST + carls.getId());
    Response carlsPage = signedIn("carl").get("/notifications");
    assertThat(carlsPage.body()).contains(TASKLIST + carls.getId()).doesNotContain(TASKLIST + noras.getId())
        .doesNotContain(fresh);

    // when she comes back, what she has seen is no longer new
    Response again = nora.get("/notifications");
    assertThat(itemOf(again, fresh)).doesNotContain("notification unread");
    assertThat(nora.get("/").body()).doesNotContain("unread)");
  }

  /** The list item of the notification with this subject. */
  private static String itemOf(Response page, String subject) {
    String body = page.body();
    int at = body.indexOf(subject);
    assertThat(at).as(subject + " on the page").isPositive();
    return body.substring(body.lastIndexOf("<li", at), body.indexOf("</li>", at));
  }

  @Test
  @DisplayName("A person chooses how to be mailed: the choice is theirs and stays")
  void mailMode() {
    // given
    Rest cara = signedIn("cara");
    Response page = cara.get("/notifications");
    assertThat(page.body()).contains("value=\"IMMEDIATE\" checked=\"checked\"");

    // when
    Response saved = cara.postForm("/notifications/mail-mode", Map.of("mode", "DIGEST", "_csrf", csrf(page)));

    // then
    assertThat(saved.status()).isEqualTo(302);
    Response after = cara.get("/notifications?saved");
    assertThat(after.body()).contains("value=\"DIGEST\" checked=\"checked\"", "Saved: your choice applies");
    assertThat(signedIn("carl").get("/notifications").body()).contains("value=\"IMMEDIATE\" checked=\"checked\"");
  }

  @Test
  @DisplayName("The page needs a sign-in")
  void anonymous() {
    Response page = Rest.browserSession(baseUrl()).get("/notifications");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
  }

  @Test
  @DisplayName("In a browser, the header shows the unread count and leads to the notifications, new ones marked")
  void inTheBrowser() {
    try (Browser browser = Browser.headlessChromium()) {
      // given something new for mia
      outbox.deliver(new Notification(null, "mia", NotificationKind.DECISION, null, null,
          "Decision on North City Frailty Alliance: seen in a browser", "Decision: Test", "http://localhost:8080/",
          "Open the alliance", null, null));
      WebDriver page = browser.driver();
      browser.signIn(baseUrl(), "mia", "mia");
      browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".topbar")));

      // when
      String count = countOf(page);
      page.findElement(By.cssSelector(".topbar nav a[href='/notifications']")).click();
      browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));

      // then
      assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("My notifications");
      List<WebElement> unread = page.findElements(By.cssSelector("li.notification.unread"));
      assertThat(count).as("unread notifications in the header").isNotEmpty();
      assertThat(unread).hasSize(Math.min(Integer.parseInt(count), Outbox.PAGE));
      assertThat(unread).allSatisfy(item -> assertThat(item.getText()).startsWith("NEW"));
      browser.screenshot("notifications-mia");
    }
  }

  private static String countOf(WebDriver page) {
    return page.findElements(By.cssSelector(".topbar nav .count")).stream().map(WebElement::getText)
        .findFirst().orElse("");
  }

  /** A representative's own health assessment in the demo review. */
  private Task assessment(String representative) {
    return tasks.createTaskQuery().taskAssignee(representative)
        .taskDefinitionKey(ReviewProcess.TASK_ASSESS_HEALTH).list().get(0);
  }

  private Rest signedIn(String user) {
    Rest browser = Rest.browserSession(baseUrl());
    Response login = browser.get("/login");
    browser.postForm("/login", Map.of("username", user, "password", user, "_csrf", csrf(login)));
    return browser;
  }

  private static String csrf(Response page) {
    Matcher field = CSRF_FIELD.matcher(page.body());
    assertThat(field.find()).as("a CSRF field in " + page).isTrue();
    return field.group(1);
  }
}
