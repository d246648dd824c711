package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portfolio's pager in a real headless Chromium: "Next" shows the following alliances in the
 * same order and with the same filter, "Previous" goes back.
 */
class PortfolioPagerBrowserIT extends InProcessApplication {

  private final TasklistClient tasklist;
  private Browser browser;

  PortfolioPagerBrowserIT(@LocalServerPort int port) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.headlessChromium();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  @DisplayName("A manager pages through the portfolio sorted by name, one alliance a page, with Next and Previous")
  void nextAndPrevious() {
    // given the alliances in name order, as the API lists them
    List<String> byName = new ArrayList<>();
    for (JsonNode row : tasklist.as("mia").get("/api/alliances?sort=name&size=200").json().path("alliances")) {
      byName.add(row.path("reference").asText());
    }
    assertThat(byName).as("the demo has alliances enough for two pages").hasSizeGreaterThanOrEqualTo(2);
    WebDriver page = browser.driver();
    browser.signIn(baseUrl(), "mia", "mia");
    page.get(baseUrl() + "/?sort=name&size=1");
    browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio")));
    assertThat(references(page)).containsExactly(byName.get(0));
    assertThat(page.findElements(By.linkText("Previous"))).isEmpty();

    // when
    page.findElement(By.linkText("Next")).click();

    // then the second alliance by name, and where it stands
    browser.await().until(ExpectedConditions.urlContains("page=2"));
    assertThat(references(page)).containsExactly(byName.get(1));
    assertThat(page.findElement(By.id("portfolio-count")).getText())
        .isEqualTo("Showing 2–2 of " + byName.size() + " alliances");
    assertThat(page.getCurrentUrl()).contains("sort=name", "size=1");
    browser.screenshot("portfolio-page-2");

    // and back
    page.findElement(By.linkText("Previous")).click();
    browser.await().until(ExpectedConditions.urlContains("page=1"));
    assertThat(references(page)).containsExactly(byName.get(0));
  }

  private static List<String> references(WebDriver page) {
    return page.findElements(By.cssSelector("#portfolio tbody tr[data-reference]")).stream()
        .map((WebElement row) -> row.getAttribute("data-reference")).toList();
  }
}
