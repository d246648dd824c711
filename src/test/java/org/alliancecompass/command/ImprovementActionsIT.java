package org.alliancecompass.command;

import static org.alliancecompass.support.FormValues.values;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.support.Browser;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Notes and files of evidence on the demo alliance's improvement actions, from outside: by the
 * action's owner (a person, or a representative of the owning organisation) and the managers only,
 * checked field by field, and a file downloadable by everyone who sees the alliance.
 */
@DisplayName("Improvement actions: notes and evidence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImprovementActionsIT extends InProcessApplication {

  private final Alliances alliances;
  private String northCity;

  ImprovementActionsIT(@LocalServerPort int port, Alliances alliances) {
    super(port);
    this.alliances = alliances;
  }

  @BeforeAll
  void demo() {
    northCity = alliances.findAll().stream().filter(a -> a.name().equals("North City Frailty Alliance"))
        .map(Alliance::reference).findFirst().orElseThrow();
  }

  Rest as(String user) {
    return Rest.to(baseUrl()).as(user, user);
  }

  /** The demo action on this dimension, as the API lists it. */
  JsonNode action(String dimension) {
    JsonNode all = as("mia").get("/api/alliances/" + northCity + "/improvement-actions").json();
    return StreamSupport.stream(all.spliterator(), false).filter(a -> a.path("dimension").asText().equals(dimension))
        .findFirst().orElseThrow();
  }

  String notes(JsonNode action) {
    return "/api/alliances/" + northCity + "/improvement-actions/" + action.path("id").asText() + "/notes";
  }

  @Test
  @DisplayName("a representative of the owning organisation adds a note; another partner may not; an outsider sees nothing")
  void notes() {
    JsonNode huddle = action("managementCapability"); // owned by Northside Hospital
    assertThat(huddle.path("ownerGroup").asText()).isEqualTo("northside-hospital");

    Rest.Response added = as("nora").post(notes(huddle), values("note", "Huddle runs every Monday at 9",
        "evidenceLink", "https://intranet.example.org/huddle"));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    assertThat(action("managementCapability").path("latestNote").asText()).isEqualTo("Huddle runs every Monday at 9");
    assertThat(action("managementCapability").path("status").asText()).as("a note is not a report").isEqualTo("OPEN");

    Rest.Response other = as("carl").post(notes(huddle), values("note", "Not mine to say"));
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.json().path("detail").asText()).contains("owner");
    assertThat(as("ravi").post(notes(huddle), values("note", "Outsider")).status()).isEqualTo(404);
    assertThat(action("managementCapability").path("latestNote").asText()).isEqualTo("Huddle runs every Monday at 9");
  }

  @Test
  @DisplayName("bad input is a 400 naming the field, and nothing changes")
  void badInput() {
    JsonNode budget = action("trust"); // owned by carl
    String before = budget.path("latestNote").asText();

    Rest.Response empty = as("carl").post(notes(budget), values("note", "  "));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().path("field").asText()).isEqualTo("note");
    Rest.Response link = as("carl").post(notes(budget), values("note", "Done", "evidenceLink", "javascript:alert(1)"));
    assertThat(link.status()).isEqualTo(400);
    assertThat(link.json().path("field").asText()).isEqualTo("evidenceLink");
    String evidence = "/api/alliances/" + northCity + "/improvement-actions/" + budget.path("id").asText() + "/evidence";
    Rest.Response program = as("carl").post(evidence, values("fileName", "tool.exe",
        "content", Base64.getEncoder().encodeToString(new byte[] {77, 90})));
    assertThat(program.status()).isEqualTo(400);
    assertThat(program.json().path("field").asText()).isEqualTo("file");
    Rest.Response notBase64 = as("carl").post(evidence, values("fileName", "minutes.pdf", "content", "%%%"));
    assertThat(notBase64.status()).isEqualTo(400);
    assertThat(notBase64.json().path("field").asText()).isEqualTo("content");
    Rest.Response tooBig = as("carl").post(evidence, values("fileName", "scan.pdf",
        "content", Base64.getEncoder().encodeToString(new byte[ActionCommands.MAX_FILE_BYTES + 1])));
    assertThat(tooBig.status()).isEqualTo(400);
    assertThat(tooBig.json().path("field").asText()).isEqualTo("file");
    assertThat(as("carl").post("/api/alliances/" + northCity + "/improvement-actions/999999/notes",
        values("note", "Nowhere")).status()).isEqualTo(404);

    JsonNode after = action("trust");
    assertThat(after.path("latestNote").asText()).isEqualTo(before);
    assertThat(after.path("evidence")).isEmpty();
  }

  @Test
  @DisplayName("a file of evidence is kept and downloaded by another partner of the alliance, not by an outsider")
  void evidenceFile() {
    JsonNode winter = action("flexibility"); // owned by cara
    String minutes = "Winter plan agreed on 3 September; surge fund of 200k";
    Rest.Response kept = as("cara").post("/api/alliances/" + northCity + "/improvement-actions/"
        + winter.path("id").asText() + "/evidence", values("fileName", "winter-plan.txt",
        "content", Base64.getEncoder().encodeToString(minutes.getBytes(StandardCharsets.UTF_8))));
    assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
    String download = kept.location().orElseThrow();

    Rest.Response read = as("nora").get(download);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(minutes);
    assertThat(read.header("Content-Disposition").orElseThrow()).startsWith("attachment").contains("winter-plan.txt");
    assertThat(as("ravi").get(download).status()).isEqualTo(404);
    assertThat(action("flexibility").path("evidence").findValuesAsText("fileName")).contains("winter-plan.txt");
  }

  @Test
  @DisplayName("on the alliance page the owner adds a note and a file; the table shows both")
  void onThePage() throws Exception {
    Path file = Files.createTempFile("evidence-", ".txt");
    Files.writeString(file, "Agenda of the monthly leadership team");
    String id = action("decisionMaking").path("id").asText(); // owned by mia
    try (Browser browser = Browser.headlessChromium().desktop()) {
      browser.signIn(baseUrl(), "mia", "mia");
      WebDriver page = browser.driver();
      page.get(baseUrl() + "/alliances/" + northCity + "#actions");
      WebElement row = page.findElement(By.cssSelector("tr[data-action='" + id + "']"));
      row.findElement(By.tagName("summary")).click();
      row.findElement(By.name("note")).sendKeys("Budget decisions only at the leadership team since October");
      row.findElement(By.cssSelector("form[action$='/notes'] button")).click();
      browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
          "Your note is added"));

      row = page.findElement(By.cssSelector("tr[data-action='" + id + "']"));
      assertThat(row.getText()).contains("Latest: Budget decisions only at the leadership team since October");
      row.findElement(By.tagName("summary")).click();
      row.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
      row.findElement(By.cssSelector("form[action$='/evidence'] button")).click();
      browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
          "The file is kept"));
      row = page.findElement(By.cssSelector("tr[data-action='" + id + "']"));
      assertThat(row.findElement(By.linkText(file.getFileName().toString())).getAttribute("href"))
          .contains("/evidence/");
      browser.screenshot("alliance-actions-mia");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
