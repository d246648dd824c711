package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.support.Axe;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error is the product's page, with its header, for a person in a browser, and problem details
 * for an API client: an unknown address, an alliance out of reach, a wrong parameter, a webapp the
 * user may not open, an unexpected error.
 */
class ErrorPagesIT extends InProcessApplication {

  private static Browser browser;

  ErrorPagesIT(@LocalServerPort int port) {
    super(port);
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.headlessChromium();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @ParameterizedTest(name = "{0} on a {3}")
  @CsvSource(delimiter = '|', textBlock = """
      /no-such-page                  | Not found                              | 404 | desktop
      /alliances/NOPE                | Not found                              | 404 | phone
      /?sort=nope                    | That request could not be understood   | 400 | desktop
      /camunda/app/cockpit/default/  | Not allowed                            | 403 | phone
      /error                         | Something went wrong                   | 500 | desktop
      """)
  @DisplayName("A manager meets the product's error page with its header, and axe-core finds nothing on it")
  void errorPageInTheBrowser(String path, String heading, int status, String size) {
    // given
    if (size.equals("phone")) {
      browser.phone();
    } else {
      browser.desktop();
    }
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), "mia", "mia");

    // when
    page.get(baseUrl() + path);

    // then
    assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo(heading);
    assertThat(page.findElement(By.cssSelector("header.topbar .brand")).getText()).contains("Alliance Compass");
    assertThat(page.findElement(By.cssSelector("header.topbar .user")).getText()).contains("Signed in as mia");
    assertThat(page.findElement(By.tagName("main")).getText()).contains("HTTP status " + status);
    if (status == 400) {
      assertThat(page.findElement(By.cssSelector("main .notice.error")).getText()).contains("'sort'");
    }
    assertThat(page.getPageSource()).doesNotContain("\"type\":", "Exception", "Whitelabel");
    assertThat(Axe.violations(page)).as("axe-core, error page " + status).isEmpty();
    browser.screenshot("error-page-" + status + "-" + size);
  }

  @Test
  @DisplayName("An API client gets problem details: for an unknown address, and under /api/ whatever it accepts")
  void problemDetailsForApiClients() {
    // given
    Rest mia = rest().as("mia", "mia");

    // when
    Rest.Response unknown = mia.accepting("application/json").get("/no-such-page");
    Rest.Response unknownApi = mia.accepting("text/html").get("/api/no-such-resource");
    Rest.Response wrongParameter = mia.get("/api/alliances?sort=nope");

    // then
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = unknown.json();
    assertThat(problem.path("status").asInt()).isEqualTo(404);
    assertThat(problem.path("title").asText()).isEqualTo("Not Found");
    assertThat(problem.path("instance").asText()).isEqualTo("/no-such-page");
    assertThat(unknownApi.status()).isEqualTo(404);
    assertThat(unknownApi.header("Content-Type")).hasValue("application/problem+json");
    assertThat(wrongParameter.status()).isEqualTo(400);
    assertThat(wrongParameter.json().path("detail").asText()).contains("'sort'");
  }
}
