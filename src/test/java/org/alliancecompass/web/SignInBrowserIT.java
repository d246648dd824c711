package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancecompass.support.Axe;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sign-in page after a wrong password: Camunda's identity service then holds the account back for
 * a few seconds (longer after each further wrong password), during which even the right password
 * fails. The page says so, and for how long, instead of "wrong password".
 */
class SignInBrowserIT extends InProcessApplication {

  private static final Pattern SECONDS = Pattern.compile("held back for (\\d+) more seconds?");

  private final IdentityService identity;
  private Browser browser;
  private String userId;

  SignInBrowserIT(@LocalServerPort int port, IdentityService identity) {
    super(port);
    this.identity = identity;
  }

  @BeforeEach
  void userAndBrowser() {
    userId = "held-back-" + System.nanoTime();
    User user = identity.newUser(userId);
    user.setFirstName("Held");
    user.setLastName("Back");
    user.setPassword(userId);
    identity.saveUser(user);
    browser = Browser.headlessChromium();
  }

  @AfterEach
  void removeUserAndBrowser() {
    browser.close();
    identity.deleteUser(userId);
  }

  @ParameterizedTest(name = "on a {0}")
  @ValueSource(strings = {"desktop", "phone"})
  @DisplayName("After a wrong password, the right one typed at once is held back, and the page says for how long")
  void heldBackAfterAWrongPassword(String size) throws InterruptedException {
    // given a wrong password
    if (size.equals("phone")) {
      browser.phone();
    } else {
      browser.desktop();
    }
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), userId, "not-the-password");
    String wrong = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error")))
        .getText();
    assertThat(wrong).contains("Unknown user or wrong password").contains("waits a few seconds");

    // when the right password follows at once
    browser.signIn(baseUrl(), userId, userId);

    // then
    String held = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.error")))
        .getText();
    browser.screenshot("sign-in-held-back-" + size);
    assertThat(held).doesNotContain("Unknown user");
    Matcher seconds = SECONDS.matcher(held);
    assertThat(seconds.find()).as(held).isTrue();
    long wait = Long.parseLong(seconds.group(1));
    assertThat(wait).isBetween(1L, 10L);
    assertThat(Axe.violations(page)).as("axe-core, sign-in page").isEmpty();

    // and after that wait, the right password signs in
    Thread.sleep(Duration.ofSeconds(wait).toMillis());
    browser.signIn(baseUrl(), userId, userId);
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio")));
  }
}
