package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.stream.StreamSupport;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The portfolio's standings ({@link PortfolioStanding}) on the paths the product takes: the demo's
 * alliances were proposed, agreed, reviewed twice and are in a third review, all through the
 * engine, and every standing says what the tables say; work falling overdue by the clock is
 * counted on the portfolio by the sweep, and uncounted when it is no longer overdue; standings
 * deleted come back on start.
 */
class PortfolioStandingIT extends InProcessApplication {

  private static final String NORTH_CITY = "North City Frailty Alliance";

  private final PortfolioStanding standing;
  private final Alliances alliances;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;

  PortfolioStandingIT(@LocalServerPort int port, PortfolioStanding standing, Alliances alliances, TaskService tasks,
      JdbcTemplate jdbc) {
    super(port);
    this.standing = standing;
    this.alliances = alliances;
    this.tasks = tasks;
    this.jdbc = jdbc;
  }

  @Test
  @DisplayName("Every alliance's standing is what its tables say after the demo's lifecycles ran through the engine")
  void standingsKeptByTheProductsOwnPaths() {
    // when the clock's part is brought up to date
    standing.sweep();

    // then no standing is missing or differs, and the portfolio shows the second review's outcome
    assertThat(standing.drift()).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from portfolio_standing", Long.class))
        .isEqualTo(alliances.findAll().size());
    JsonNode northCity = row(rest().as("mia", "mia").get("/api/alliances?outcome=AT_RISK").json(), northCity());
    assertThat(northCity.path("gateOutcome").asText()).isEqualTo("AT_RISK");
    assertThat(northCity.path("reviewInProgress").asBoolean()).as("the third review is under way").isTrue();
  }

  @Test
  @DisplayName("A task falling overdue counts on the portfolio's row after the sweep; moved back, it no longer counts")
  void overdueByTheClock() {
    // given one of the third review's open tasks, due in the future
    String reference = northCity();
    Rest mia = rest().as("mia", "mia");
    int before = row(mia.get("/api/alliances").json(), reference).path("overdueTasks").asInt();
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).active().list().stream()
        .filter(t -> t.getDueDate() == null || t.getDueDate().after(new Date())).findFirst()
        .orElseThrow(() -> new AssertionError("no open task of " + reference + " that is not overdue"));
    Date due = task.getDueDate();
    try {
      // when its due date passes (set in the past through the engine's API) and the sweep runs
      task.setDueDate(Date.from(Instant.now().minus(1, ChronoUnit.HOURS)));
      tasks.saveTask(task);
      standing.sweep();

      // then the row counts it, and the headline agrees
      JsonNode portfolio = mia.get("/api/alliances?sort=overdue&dir=desc").json();
      assertThat(row(portfolio, reference).path("overdueTasks").asInt()).isEqualTo(before + 1);
      assertThat(standing.drift()).isEmpty();
    } finally {
      task.setDueDate(due);
      tasks.saveTask(task);
      standing.sweep();
    }
    assertThat(row(mia.get("/api/alliances").json(), reference).path("overdueTasks").asInt()).isEqualTo(before);
  }

  @Test
  @DisplayName("Standings deleted to be computed again come back on start, as the tables say")
  void computedAgainOnStart() {
    // given the operator's way to have standings computed again: delete them
    String reference = northCity();
    standing.sweep();
    jdbc.update("delete from portfolio_standing where reference = ?", reference);
    assertThat(standing.drift()).containsExactly(reference);

    // when a node starts
    standing.onStart();

    // then
    assertThat(standing.drift()).isEmpty();
    assertThat(row(rest().as("mia", "mia").get("/api/alliances?outcome=AT_RISK").json(), reference)
        .path("gateOutcome").asText()).isEqualTo("AT_RISK");
  }

  private String northCity() {
    return alliances.findAll().stream().filter(a -> a.name().equals(NORTH_CITY)).map(Alliance::reference).findFirst()
        .orElseThrow(() -> new AssertionError("no demo alliance " + NORTH_CITY));
  }

  private static JsonNode row(JsonNode portfolio, String reference) {
    return StreamSupport.stream(portfolio.path("alliances").spliterator(), false)
        .filter(r -> reference.equals(r.path("reference").asText())).findFirst()
        .orElseThrow(() -> new AssertionError(reference + " is not on the first page: " + portfolio));
  }
}
