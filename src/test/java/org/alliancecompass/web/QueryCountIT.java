package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.StatementCounter;
import org.alliancecompass.support.StatementCounter.Counted;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portfolio and an alliance's page cost a fixed number of SQL statements, however many
 * alliances the portfolio holds and however many reviews, agreement versions, actions and
 * decisions an alliance has: counted with a datasource proxy around the application's DataSource
 * ({@link StatementCounter}), on the demo portfolio and on the same with 150 alliances more.
 */
class QueryCountIT extends InProcessApplication {

  private static final String PREFIX = "ALL-QC-";
  private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

  private final StatementCounter counter;
  private final JdbcTemplate jdbc;
  private final PortfolioStanding standing;

  QueryCountIT(@LocalServerPort int port, StatementCounter counter, JdbcTemplate jdbc, PortfolioStanding standing) {
    super(port);
    this.counter = counter;
    this.jdbc = jdbc;
    this.standing = standing;
  }

  @AfterEach
  void removeAddedAlliances() {
    for (String table : List.of("improvement_action", "review_partner_score", "review_dimension_score", "review")) {
      String review = table.equals("review") ? "" : "review_id in (select id from review where alliance_reference like ?)";
      jdbc.update("delete from " + table + " where "
          + (table.startsWith("review_") ? review : "alliance_reference like ?"), PREFIX + "%");
    }
    jdbc.update("delete from agreement_commitment where agreement_id in "
        + "(select id from agreement_version where alliance_reference like ?)", PREFIX + "%");
    for (String table : List.of("agreement_version", "decision_record", "work_item", "alliance_partner")) {
      jdbc.update("delete from " + table + " where alliance_reference like ?", PREFIX + "%");
    }
    jdbc.update("delete from portfolio_standing where reference like ?", PREFIX + "%");
    jdbc.update("delete from alliance where reference like ?", PREFIX + "%");
  }

  @Test
  @DisplayName("The portfolio page, its JSON and a filtered page run as many statements for 150 alliances more as for the demo's")
  void portfolioCostsTheSameWhateverItsSize() {
    // given the demo portfolio
    Rest mia = rest().as("mia", "mia");
    Rest miaPages = mia.accepting("text/html");
    Rest nora = rest().as("nora", "nora");
    long[] small = counts(miaPages, mia, nora);
    assertThat(small).as("the proxy counts the requests' statements").doesNotContain(0L);

    // when it grows by 150 alliances with reviews, open work and decisions
    for (int i = 0; i < 150; i++) {
      alliance(PREFIX + "%04d".formatted(i), 1 + i % 3, 1, 1, 1);
    }
    long[] large = counts(miaPages, mia, nora);

    // then each request ran as many statements as before
    assertThat(large).containsExactly(small);
    assertThat(mia.get("/api/alliances").json().path("paging").path("total").asLong())
        .isGreaterThanOrEqualTo(150);
  }

  @Test
  @DisplayName("An alliance's page and its API parts run as many statements with six reviews as with one")
  void alliancePageCostsTheSameWhateverItsHistory() {
    // given an alliance with one review, agreement version, action and decision, and one with six, three, four and three
    alliance(PREFIX + "ONE", 1, 1, 1, 1);
    alliance(PREFIX + "SIX", 6, 3, 4, 3);
    Rest mia = rest().as("mia", "mia");

    for (String part : List.of("", "/reviews", "/agreements", "/improvement-actions", "/decisions")) {
      // when
      long one = statements(mia, "/api/alliances/" + PREFIX + "ONE" + part);
      long six = statements(mia, "/api/alliances/" + PREFIX + "SIX" + part);
      // then
      assertThat(six).as("GET /api/alliances/{ref}" + part).isEqualTo(one);
    }
    assertThat(statements(mia.accepting("text/html"), "/alliances/" + PREFIX + "SIX"))
        .isEqualTo(statements(mia.accepting("text/html"), "/alliances/" + PREFIX + "ONE"));
    assertThat(mia.get("/api/alliances/" + PREFIX + "SIX/reviews").json()).hasSize(6);
    assertThat(mia.get("/api/alliances/" + PREFIX + "SIX/agreements").json()).hasSize(3);
  }

  private long[] counts(Rest pages, Rest api, Rest partner) {
    return new long[] {statements(pages, "/"), statements(api, "/api/alliances"),
        statements(api, "/api/alliances?outcome=HEALTHY&sort=score&dir=desc&page=2&size=10"),
        statements(partner, "/api/alliances"), statements(pages, "/?sort=due&q=alliance")};
  }

  /** The statements of a request, the second time it is made (the first warms caches); it must succeed. */
  private long statements(Rest client, String path) {
    client.get(path);
    Counted<Rest.Response> counted = counter.count(() -> client.get(path));
    assertThat(counted.answer().status()).as(path).isEqualTo(200);
    return counted.statements();
  }

  /** An active alliance with its partners, reviews (the last closed with figures), agreement versions, actions and decisions. */
  private void alliance(String reference, int reviews, int agreements, int actions, int decisions) {
    jdbc.update("""
            insert into alliance (reference, name, alliance_type, review_cycle, status, proposed_at, activated_at,
              next_review_due) values (?, ?, 'STRATEGIC_ALLIANCE', 'P3M', 'ACTIVE', ?, ?, ?)""",
        reference, "Counted alliance " + reference, NOW, NOW, NOW.plusDays(40));
    for (String organisation : List.of("northside-hospital", "city-council")) {
      jdbc.update("""
              insert into alliance_partner (alliance_reference, organisation_id, organisation_name, status, expected_share)
              values (?, ?, ?, 'ACTIVE', 50)""", reference, organisation, organisation);
    }
    long review = 0;
    for (int n = 1; n <= reviews; n++) {
      jdbc.update("""
              insert into review (alliance_reference, review_no, review_trigger, status, opened_at, closed_at,
                partners_asked, partners_responded, overall_score, trend, perception_gap, gate_outcome)
              values (?, ?, 'SCHEDULED', 'CLOSED', ?, ?, 2, 2, ?, 0, 5, 'HEALTHY')""",
          reference, n, NOW.minusDays(100 - n), NOW.minusDays(90 - n), 60.0 + n);
      review = jdbc.queryForObject("select id from review where alliance_reference = ? and review_no = ?", Long.class,
          reference, n);
      jdbc.update("insert into review_dimension_score (review_id, dimension, score) values (?, 'trust', 70)", review);
      for (String organisation : List.of("northside-hospital", "city-council")) {
        jdbc.update("""
                insert into review_partner_score (review_id, organisation_id, dimension, score, respondents)
                values (?, ?, 'trust', 70, 1)""", review, organisation);
      }
    }
    for (int v = 1; v <= agreements; v++) {
      jdbc.update("""
              insert into agreement_version (alliance_reference, version_no, status, formality, coordination, governance,
                decision_rule, risk_gain_share, objectives_kpis, review_cycle, exit_provisions, drafted_at)
              values (?, ?, ?, 'INFORMAL', 'MEDIUM', 'Board', 'UNANIMOUS', 'Equal', 'Objectives', 'P3M', 'Exit', ?)""",
          reference, v, v == agreements ? "APPROVED" : "RETURNED", NOW);
      Long agreement = jdbc.queryForObject("select id from agreement_version where alliance_reference = ? and version_no = ?",
          Long.class, reference, v);
      jdbc.update("""
              insert into agreement_commitment (agreement_id, organisation_id, organisation_name, commitment, expected_share)
              values (?, 'northside-hospital', 'northside-hospital', 'Beds', 50)""", agreement);
    }
    for (int a = 0; a < actions; a++) {
      jdbc.update("""
              insert into improvement_action (alliance_reference, review_id, dimension, action_text, owner_name, due_date,
                status, created_at) values (?, ?, 'trust', 'Meet monthly', 'mia', ?, 'OPEN', ?)""",
          reference, review, LocalDate.now().plusDays(a), NOW);
    }
    for (int d = 0; d < decisions; d++) {
      jdbc.update("""
              insert into decision_record (alliance_reference, stage, subject, decision, decided_by, decided_at)
              values (?, 'REVIEW', 'Review gate', 'CONTINUE', 'mia', ?)""", reference, NOW.minusDays(d));
      jdbc.update("""
              insert into work_item (task_id, alliance_reference, process_key, process_instance_id, task_key, task_name,
                created_at, due_at) values (?, ?, 'alliance-review', 'pi', 'Task', 'Task', ?, ?)""",
          reference + "-task-" + d, reference, NOW, NOW.minusDays(1));
    }
    // written behind the modules' backs: its standing as a migration would find it
    standing.refresh(reference);
  }
}
