package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.review.GateOutcome;
import org.alliancecompass.web.AllianceAccess.Viewer;
import org.alliancecompass.web.AllianceViews.PortfolioRow;
import org.alliancecompass.web.AllianceViews.Summary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The portfolio as the database pages, filters and sorts it gives the same alliances in the same
 * order as the in-memory query it replaced (its comparators are kept here as the reference), on a
 * generated portfolio of 300 alliances with every type, status and gate outcome, reviews with and
 * without figures, open and overdue tasks, and partners in every status: for every filter, every
 * sort column and direction, for a manager and for a partner representative, page by page.
 *
 * <p>The portfolio is generated here rather than by the {@code simulation} profile's
 * {@code SimulatedPortfolio}: that one makes alike active alliances without reviews or tasks
 * through the engine, which would leave most sort columns all ties.
 */
@JdbcTest(properties = "spring.flyway.baseline-on-migrate=true")
@Import({PortfolioRepository.class, PortfolioStanding.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class PortfolioPagingTest {

  private static final int ALLIANCES = 300;
  private static final int ORGANISATIONS = 12;
  private static final String REPRESENTATIVE = "rep-3";
  private static final String ORGANISATION = "org-3";
  private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

  static final Viewer MANAGER = new Viewer("mia", true, false, Set.of());
  static final Viewer PARTNER = new Viewer(REPRESENTATIVE, false, false, Set.of(ORGANISATION));

  /** The portfolio the database holds, as each viewer should see it (unfiltered, unsorted). */
  private static Map<Viewer, List<PortfolioRow>> expected;

  @Autowired PortfolioRepository portfolio;
  @Autowired PortfolioStanding standing;
  @Autowired JdbcTemplate jdbc;

  /** The old in-memory order of each column: what the database's order must equal. */
  enum Reference {
    ATTENTION(Comparator.comparingInt((PortfolioRow r) -> -severity(r.gateOutcome()))
        .thenComparing(PortfolioRow::overdueTasks, Comparator.reverseOrder())
        .thenComparing(PortfolioRow::overallScore, Comparator.nullsLast(Comparator.naturalOrder()))),
    NAME(Comparator.comparing(r -> r.name().toLowerCase(Locale.ROOT))),
    TYPE(nullsLast(PortfolioRow::type)),
    STATUS(nullsLast(PortfolioRow::status)),
    OUTCOME(Comparator.comparingInt(r -> severity(r.gateOutcome()))),
    SCORE(nullsLast(PortfolioRow::overallScore)),
    TREND(nullsLast(PortfolioRow::trend)),
    GAP(nullsLast(PortfolioRow::perceptionGap)),
    DUE(nullsLast(PortfolioRow::nextReviewDue)),
    OVERDUE(Comparator.comparingInt(PortfolioRow::overdueTasks));

    private final Comparator<PortfolioRow> order;

    Reference(Comparator<PortfolioRow> order) {
      this.order = order;
    }

    /** The old order, reversed for {@code desc}, then by name; by reference where the old one left ties. */
    Comparator<PortfolioRow> order(String dir) {
      return ("desc".equals(dir) ? order.reversed() : order).thenComparing(NAME.order)
          .thenComparing(PortfolioRow::reference);
    }

    private static <T extends Comparable<? super T>> Comparator<PortfolioRow> nullsLast(
        Function<PortfolioRow, T> value) {
      return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }
  }

  @BeforeEach
  void generatedPortfolio() {
    if (jdbc.queryForObject("select count(*) from alliance", Long.class) == 0) {
      expected = generate(new Random(16));
      // written behind the modules' backs, as a migration finds them: the standings are computed from the tables
      standing.rebuild();
    }
  }

  static Stream<Arguments> everyOrder() {
    List<Arguments> orders = new ArrayList<>();
    for (Viewer viewer : List.of(MANAGER, PARTNER)) {
      for (Reference column : Reference.values()) {
        for (String dir : List.of("asc", "desc")) {
          orders.add(Arguments.of(viewer.user(), column.name().toLowerCase(Locale.ROOT), dir));
        }
      }
    }
    return orders.stream();
  }

  @ParameterizedTest(name = "{0}, sorted by {1} {2}")
  @MethodSource("everyOrder")
  @DisplayName("Page by page, every sort column and direction gives the old order, and a page beyond the last is empty")
  void everySortPageByPage(String user, String sort, String dir) {
    // given
    Viewer viewer = viewer(user);
    List<PortfolioRow> all = expected(viewer, new PortfolioQuery(null, null, null, null, sort, dir, null, null));
    int size = 37;
    // when
    List<PortfolioRow> paged = new ArrayList<>();
    PortfolioPage page;
    int number = 1;
    do {
      page = portfolio.page(viewer, query(null, null, null, null, sort, dir, number, size));
      paged.addAll(page.rows());
      number++;
    } while (page.hasNext());
    PortfolioPage beyond = portfolio.page(viewer, query(null, null, null, null, sort, dir, number, size));
    // then
    assertThat(references(paged)).containsExactlyElementsOf(references(all));
    assertThat(paged).containsExactlyElementsOf(all);
    assertThat(page.total()).isEqualTo(all.size());
    assertThat(page.lastPage()).isEqualTo((all.size() + size - 1) / size);
    assertThat(beyond.rows()).isEmpty();
    assertThat(beyond.total()).isEqualTo(all.size());
  }

  static Stream<Arguments> everyFilter() {
    List<Arguments> filters = new ArrayList<>();
    for (String user : List.of(MANAGER.user(), PARTNER.user())) {
      for (String sort : List.of("attention", "score", "due")) {
        PortfolioQuery.OUTCOMES.forEach(o -> filters.add(Arguments.of(user, "outcome", o, sort)));
        Arrays.stream(AllianceStatus.values()).forEach(s -> filters.add(Arguments.of(user, "status", s.name(), sort)));
        Arrays.stream(AllianceType.values()).forEach(t -> filters.add(Arguments.of(user, "type", t.name(), sort)));
        // a name, a reference, a partner's name, mixed case, and characters SQL's like would take as patterns
        for (String text : List.of("Harbour", "all-2026-001", "ORG-5", "Care_", "100%", "nothing like it")) {
          filters.add(Arguments.of(user, "q", text, sort));
        }
      }
    }
    return filters.stream();
  }

  @ParameterizedTest(name = "{0}: {1}={2}, sorted by {3}")
  @MethodSource("everyFilter")
  @DisplayName("Every filter gives the alliances the old query gave, in its order")
  void everyFilter(String user, String filter, String value, String sort) {
    // given
    Viewer viewer = viewer(user);
    PortfolioQuery query = new PortfolioQuery("q".equals(filter) ? value : null, "outcome".equals(filter) ? value : null,
        "status".equals(filter) ? value : null, "type".equals(filter) ? value : null, sort, "asc", null, "200");
    List<PortfolioRow> matching = expected(viewer, query);
    // when
    PortfolioPage page = portfolio.page(viewer, query);
    // then
    assertThat(references(page.rows())).containsExactlyElementsOf(references(matching));
    assertThat(page.rows()).containsExactlyElementsOf(matching);
    assertThat(page.total()).isEqualTo(matching.size());
  }

  @Test
  @DisplayName("The first, a middle and the last page hold the rows at their positions; the count says how many match")
  void pageBoundaries() {
    List<PortfolioRow> all = expected(MANAGER, new PortfolioQuery(null, null, null, null, "name", "asc", null, null));

    PortfolioPage first = portfolio.page(MANAGER, query(null, null, null, null, "name", "asc", 1, 50));
    PortfolioPage middle = portfolio.page(MANAGER, query(null, null, null, null, "name", "asc", 3, 50));
    PortfolioPage last = portfolio.page(MANAGER, query(null, null, null, null, "name", "asc", 6, 50));
    PortfolioPage defaults = portfolio.page(MANAGER, new PortfolioQuery(null, null, null, null, "name",
        "asc", null, null));

    assertThat(first.rows()).containsExactlyElementsOf(all.subList(0, 50));
    assertThat(first.from()).isEqualTo(1);
    assertThat(first.to()).isEqualTo(50);
    assertThat(first.hasPrevious()).isFalse();
    assertThat(first.hasNext()).isTrue();
    assertThat(middle.rows()).containsExactlyElementsOf(all.subList(100, 150));
    assertThat(middle.from()).isEqualTo(101);
    assertThat(last.rows()).containsExactlyElementsOf(all.subList(250, ALLIANCES));
    assertThat(last.hasNext()).isFalse();
    assertThat(last.to()).isEqualTo(ALLIANCES);
    assertThat(defaults.rows()).as("50 a page by default").containsExactlyElementsOf(all.subList(0, 50));
  }

  @Test
  @DisplayName("The tiles count every alliance the viewer may see, by gate outcome, whatever the filter")
  void tiles() {
    for (Viewer viewer : List.of(MANAGER, PARTNER)) {
      List<PortfolioRow> all = expected.get(viewer);
      Summary summary = portfolio.summary(viewer);
      assertThat(summary.alliances()).isEqualTo(all.size());
      for (String outcome : PortfolioQuery.OUTCOMES) {
        assertThat(summary.byOutcome().get(outcome)).as(outcome)
            .isEqualTo(all.stream().filter(r -> outcome.equals(PortfolioQuery.outcomeOf(r))).count());
      }
      assertThat(summary.overdueTasks()).as("overdue work counted from the work items, as row by row")
          .isPositive().isEqualTo(all.stream().mapToLong(PortfolioRow::overdueTasks).sum());
      OffsetDateTime in30Days = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);
      assertThat(summary.reviewsDueIn30Days()).isEqualTo(all.stream()
          .filter(r -> r.nextReviewDue() != null && r.nextReviewDue().isBefore(in30Days)).count());
    }
  }

  @Test
  @DisplayName("The CSV's rows are every matching alliance in order, not a page of them")
  void streamedRows() {
    PortfolioQuery query = query(null, null, null, null, "gap", "desc", 2, 10);
    List<PortfolioRow> streamed = new ArrayList<>();
    portfolio.each(PARTNER, query, streamed::add);
    assertThat(streamed).containsExactlyElementsOf(expected(PARTNER, query)).hasSizeGreaterThan(10);
  }

  @Test
  @DisplayName("A page or size out of range, or not a number, is refused naming the parameter")
  void badPaging() {
    for (String[] bad : new String[][] {{"0", null}, {"-1", null}, {"two", null}, {null, "0"}, {null, "201"},
        {null, "many"}}) {
      PortfolioQuery query = new PortfolioQuery(null, null, null, null, null, null, bad[0], bad[1]);
      assertThatThrownBy(query::validated).isInstanceOf(ResponseStatusException.class)
          .hasMessageContaining(bad[0] != null ? "'page'" : "'size'");
    }
  }

  private static PortfolioQuery query(String q, String outcome, String status, String type, String sort, String dir,
      int page, int size) {
    return new PortfolioQuery(q, outcome, status, type, sort, dir, String.valueOf(page), String.valueOf(size));
  }

  /** The old in-memory query: the viewer's alliances, filtered, then sorted by the old comparators. */
  private static List<PortfolioRow> expected(Viewer viewer, PortfolioQuery query) {
    Comparator<PortfolioRow> order = Reference.valueOf(query.sort().toUpperCase(Locale.ROOT)).order(query.dir());
    return expected.get(viewer).stream()
        .filter(r -> query.outcome() == null || query.outcome().equals(PortfolioQuery.outcomeOf(r)))
        .filter(r -> query.status() == null || query.status().equals(r.status()))
        .filter(r -> query.type() == null || query.type().equals(r.type()))
        .filter(r -> query.q() == null || matches(r, query.q().toLowerCase(Locale.ROOT)))
        .sorted(order)
        .toList();
  }

  private static boolean matches(PortfolioRow row, String text) {
    return row.name().toLowerCase(Locale.ROOT).contains(text)
        || row.reference().toLowerCase(Locale.ROOT).contains(text)
        || row.partners().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(text));
  }

  private static int severity(String outcome) {
    return outcome == null ? 0 : PortfolioQuery.OUTCOMES.indexOf(outcome) + 1;
  }

  private static Viewer viewer(String user) {
    return MANAGER.user().equals(user) ? MANAGER : PARTNER;
  }

  private static List<String> references(List<PortfolioRow> rows) {
    return rows.stream().map(PortfolioRow::reference).toList();
  }

  /**
   * Writes a varied portfolio to the database and returns what each viewer should see of it: a
   * few names shared by several alliances (ties broken by reference), scores with ties and gaps.
   */
  private Map<Viewer, List<PortfolioRow>> generate(Random random) {
    List<String> names = List.of("Harbour Care Alliance", "harbour care alliance", "North Frailty Partnership",
        "Care_Net 100% Alliance", "Eastside Carers", "Westside Falls", "Zebra Health", "alpha Network");
    Map<Viewer, List<PortfolioRow>> rows = new LinkedHashMap<>();
    rows.put(MANAGER, new ArrayList<>());
    rows.put(PARTNER, new ArrayList<>());
    for (int i = 0; i < ALLIANCES; i++) {
      String reference = "ALL-2026-%04d".formatted(i + 1);
      String name = names.get(random.nextInt(names.size())) + (random.nextInt(3) == 0 ? "" : " " + random.nextInt(40));
      AllianceType type = pick(random, AllianceType.values());
      AllianceStatus status = pick(random, AllianceStatus.values());
      OffsetDateTime due = random.nextInt(5) == 0 ? null : NOW.plusDays(random.nextInt(120) - 20);
      jdbc.update("""
              insert into alliance (reference, name, alliance_type, review_cycle, status, proposed_at, next_review_due,
                process_instance_id) values (?, ?, ?, 'P3M', ?, ?, ?, ?)""",
          reference, name, type.name(), status.name(), NOW, due, "pi-" + i);

      List<String> members = new ArrayList<>();
      boolean partnerSees = false;
      int first = random.nextInt(ORGANISATIONS);
      int partners = 1 + random.nextInt(3);
      for (int p = 0; p < partners; p++) {
        String organisation = "org-" + ((first + p) % ORGANISATIONS + 1);
        PartnerStatus partnerStatus = pick(random, PartnerStatus.values());
        String organisationName = organisation.toUpperCase(Locale.ROOT) + " Health Trust";
        jdbc.update("""
                insert into alliance_partner (alliance_reference, organisation_id, organisation_name, status)
                values (?, ?, ?, ?)""", reference, organisation, organisationName, partnerStatus.name());
        if (PartnerStatus.MEMBERS.contains(partnerStatus)) {
          members.add(organisationName);
          partnerSees |= organisation.equals(ORGANISATION);
        }
      }
      members.sort(Comparator.naturalOrder());

      Object[] latest = reviews(random, reference);
      int[] managerTasks = new int[2];
      int[] partnerTasks = new int[2];
      int openTasks = random.nextInt(4);
      for (int t = 0; t < openTasks; t++) {
        String task = reference + "-task-" + t;
        OffsetDateTime taskDue = random.nextBoolean() ? null : NOW.plusDays(random.nextInt(20) - 10);
        String assignee = random.nextInt(4) == 0 ? REPRESENTATIVE : null;
        String group = random.nextBoolean() ? ORGANISATION : "managers";
        jdbc.update("""
                insert into work_item (task_id, alliance_reference, process_key, process_instance_id, task_key,
                  task_name, assignee, created_at, due_at) values (?, ?, 'alliance-review', ?, 'Task', 'Task', ?, ?, ?)""",
            task, reference, "pi-" + i, assignee, NOW, taskDue);
        jdbc.update("insert into work_item_group (task_id, group_id) values (?, ?)", task, group);
        boolean overdue = taskDue != null && taskDue.isBefore(OffsetDateTime.now(ZoneOffset.UTC));
        count(managerTasks, overdue);
        if (REPRESENTATIVE.equals(assignee) || ORGANISATION.equals(group)) {
          count(partnerTasks, overdue);
        }
      }
      boolean underReview = status == AllianceStatus.UNDER_REVIEW;
      OffsetDateTime nextDue = underReview ? null : due;
      rows.get(MANAGER).add(row(reference, name, type, status, members, latest, nextDue, managerTasks));
      if (partnerSees) {
        rows.get(PARTNER).add(row(reference, name, type, status, members, latest, nextDue, partnerTasks));
      }
    }
    return rows;
  }

  /** Up to three reviews, closed or not; returns the latest closed one's outcome, score, trend, gap, number, closing. */
  private Object[] reviews(Random random, String reference) {
    Object[] latest = new Object[6];
    int reviews = random.nextInt(4);
    for (int n = 1; n <= reviews; n++) {
      boolean closed = random.nextInt(4) > 0;
      GateOutcome outcome = closed ? pick(random, GateOutcome.values()) : null;
      Double score = closed && random.nextInt(6) > 0 ? (double) (40 + random.nextInt(12) * 5) : null;
      Double trend = score == null || n == 1 ? null : (double) (random.nextInt(21) - 10);
      Double gap = score == null ? null : (double) random.nextInt(8) * 2.5;
      OffsetDateTime closedAt = closed ? NOW.minusDays(100 - n * 10L) : null;
      jdbc.update("""
              insert into review (alliance_reference, review_no, review_trigger, status, opened_at, closed_at,
                partners_asked, overall_score, trend, perception_gap, gate_outcome) values (?, ?, 'SCHEDULED', ?, ?, ?, 3, ?, ?, ?, ?)""",
          reference, n, closed ? "CLOSED" : "OPEN", NOW.minusDays(120), closedAt, score, trend, gap,
          outcome == null ? null : outcome.name());
      if (closed) {
        latest = new Object[] {outcome.name(), score, trend, gap, n, closedAt};
      }
    }
    return latest;
  }

  private static PortfolioRow row(String reference, String name, AllianceType type, AllianceStatus status,
      List<String> members, Object[] review, OffsetDateTime nextDue, int[] tasks) {
    return new PortfolioRow(reference, name, type.name(), status.name(), List.copyOf(members), (String) review[0],
        (Double) review[1], (Double) review[2], (Double) review[3], (Integer) review[4], (OffsetDateTime) review[5],
        nextDue, status == AllianceStatus.UNDER_REVIEW, tasks[0], tasks[1], WebLinks.tasklist(reference), null);
  }

  private static void count(int[] tasks, boolean overdue) {
    tasks[0]++;
    if (overdue) {
      tasks[1]++;
    }
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
