package org.alliancecompass.web;

import static org.alliancecompass.web.PortfolioStanding.LATEST_REVIEW;
import static org.alliancecompass.web.PortfolioStanding.NEXT_DUE;
import static org.alliancecompass.web.PortfolioStanding.SEVERITY;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.review.ReviewStatus;
import org.alliancecompass.web.AllianceAccess.Viewer;
import org.alliancecompass.web.AllianceViews.PortfolioRow;
import org.alliancecompass.web.AllianceViews.Summary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portfolio as the database filters, sorts and pages it (H2 and PostgreSQL alike), so a request
 * costs what the user asked to see, not the whole portfolio. Staff (who see every alliance) read
 * the alliances' standings ({@link PortfolioStanding}): one row per alliance with every sort key, an
 * index per sort column, so that a page is read from the index in its order and stops after its
 * rows. A partner representative's portfolio is their organisations' alliances, joined from the
 * alliance, review and work tables in one statement restricted to them, because the work they see
 * counted is their own: its cost is their memberships, not the portfolio.
 */
@Repository
class PortfolioRepository {

  /** Rows read at a time while streaming the CSV (PostgreSQL then uses a cursor). */
  private static final int FETCH_SIZE = 500;

  /** The rows of the portfolio before filtering: every alliance with its figures and sort keys. */
  private static final String ROWS = """
      select a.reference, a.name, lower(a.name) as name_key, a.alliance_type, a.status, a.process_instance_id,
        %s as next_due,
        r.gate_outcome, %s as severity, r.overall_score, r.trend, r.perception_gap, r.review_no, r.closed_at,
        coalesce(t.open_tasks, 0) as open_tasks, coalesce(t.overdue_tasks, 0) as overdue_tasks
      from alliance a
      %s
      left join (select w.alliance_reference, count(*) as open_tasks,
          sum(case when w.due_at < :now then 1 else 0 end) as overdue_tasks
        from work_item w where w.alliance_reference is not null%%s
        group by w.alliance_reference) t on t.alliance_reference = a.reference""".formatted(NEXT_DUE, SEVERITY,
      LATEST_REVIEW);

  /** The partners the portfolio names on each row: the members, present and past, by name. */
  private static final String MEMBERS = """
      left join alliance_partner mp on mp.alliance_reference = %1$s.reference and mp.status in (:members)
      order by %2$s, mp.organisation_name, mp.organisation_id""";

  /** The alliances a partner representative sees: those their organisations are or were members of. */
  private static final String VISIBLE_TO_PARTNER = """
      select vp.alliance_reference from alliance_partner vp
        where vp.organisation_id in (:organisations) and vp.status in (:members)""";

  /** The filters on the alliance {@code a} and its latest review {@code r} (a partner's portfolio). */
  private static final Filtered TABLES = new Filtered(SEVERITY, "a.status", "a.alliance_type", "lower(a.name)",
      "a.reference");

  /** The filters on the standing {@code b} (staff's portfolio). */
  private static final Filtered STANDING = new Filtered("b.severity", "b.status", "b.alliance_type", "b.name_key",
      "b.reference");

  /**
   * Staff's rows: the standings selected (and paged) in {@code %s}, as {@code pg}, with the alliance's
   * name and process and its open work counted for these rows only.
   */
  private static final String STANDING_ROWS = """
      select pg.*, a.name, a.process_instance_id,
        (select count(*) from work_item w where w.alliance_reference = pg.reference) as open_tasks,
        mp.organisation_name as partner_name
      from %s pg
      join alliance a on a.reference = pg.reference
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate readOnly;

  PortfolioRepository(DataSource dataSource, PlatformTransactionManager transactions) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.jdbc = new NamedParameterJdbcTemplate(template);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  /** The page of alliances asked for, in one statement for its rows and one for the count. */
  PortfolioPage page(Viewer viewer, PortfolioQuery query) {
    MapSqlParameterSource parameters = parameters(viewer, query)
        .addValue("offset", query.offset()).addValue("size", query.pageSize());
    String page = " order by " + query.orderBy("b") + " offset :offset rows fetch next :size rows only";
    String sql = viewer.staff()
        ? STANDING_ROWS.formatted("(select b.* from portfolio_standing b" + where(query, STANDING) + page + ")")
          + MEMBERS.formatted("pg", query.orderBy("pg"))
        : "select pg.*, mp.organisation_name as partner_name from (select b.* from (" + rows(viewer, query)
          + ") b" + page + ") pg " + MEMBERS.formatted("pg", query.orderBy("pg"));
    List<PortfolioRow> rows = new ArrayList<>();
    Rows assembler = new Rows(viewer, rows::add);
    jdbc.query(sql, parameters, assembler);
    assembler.finish();
    // a partner's count reads the latest review only where the filter asks for its outcome
    String count = viewer.staff() ? "select count(*) from portfolio_standing b" + where(query, STANDING)
        : "select count(*) from alliance a " + (query.outcome() == null ? "" : LATEST_REVIEW) + where(viewer, query);
    Long total = jdbc.queryForObject(count, parameters, Long.class);
    return new PortfolioPage(rows, total == null ? 0 : total, query.pageNumber(), query.pageSize());
  }

  /** Every alliance asked for, in order, handed over one by one as the database returns them. */
  void each(Viewer viewer, PortfolioQuery query, Consumer<PortfolioRow> row) {
    String sql = viewer.staff()
        ? STANDING_ROWS.formatted("(select b.* from portfolio_standing b" + where(query, STANDING) + ")")
          + MEMBERS.formatted("pg", query.orderBy("pg"))
        : "select b.*, mp.organisation_name as partner_name from (" + rows(viewer, query) + ") b "
          + MEMBERS.formatted("b", query.orderBy("b"));
    Rows assembler = new Rows(viewer, row);
    readOnly.executeWithoutResult(status -> jdbc.query(sql, parameters(viewer, query), assembler));
    assembler.finish();
  }

  /**
   * The headline over every alliance the viewer may see, whatever the filter, in one statement: the
   * alliances by the outcome of their latest review, those due within 30 days, and the overdue work
   * counted straight from the work items (only the overdue ones are read), not alliance by alliance.
   * Staff count the standings (one table, no join); a partner representative their alliances.
   */
  Summary summary(Viewer viewer) {
    String outcomeColumn = viewer.staff() ? "s.gate_outcome" : "r.gate_outcome";
    StringBuilder outcomes = new StringBuilder();
    for (String outcome : PortfolioQuery.OUTCOMES) {
      outcomes.append(", sum(case when ").append(outcomeColumn)
          .append("NONE".equals(outcome) ? " is null" : " = '" + outcome + "'")
          .append(" then 1 else 0 end) as ").append(outcome.toLowerCase(Locale.ROOT));
    }
    PortfolioQuery all = new PortfolioQuery(null, null, null, null, null, null, null, null);
    String visible = viewer.staff()
        ? "exists (select 1 from alliance va where va.reference = w.alliance_reference)"
        : "w.alliance_reference in (" + VISIBLE_TO_PARTNER + ")";
    String sql = "select count(*) as alliances" + outcomes + """
        , sum(case when %s < :in30Days then 1 else 0 end) as due_soon,
          (select count(*) from work_item w where w.due_at < :now and w.alliance_reference is not null%s and %s)
            as overdue_tasks
        """.formatted(viewer.staff() ? "s.next_due" : NEXT_DUE, mine(viewer), visible)
        + (viewer.staff() ? "from portfolio_standing s" : "from alliance a " + LATEST_REVIEW + where(viewer, all));
    MapSqlParameterSource parameters = parameters(viewer, all)
        .addValue("in30Days", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30));
    return jdbc.queryForObject(sql, parameters, (rs, i) -> {
      Map<String, Long> byOutcome = new LinkedHashMap<>();
      for (String outcome : PortfolioQuery.OUTCOMES) {
        byOutcome.put(outcome, rs.getLong(outcome.toLowerCase(Locale.ROOT)));
      }
      return new Summary(rs.getInt("alliances"), byOutcome, rs.getLong("due_soon"), rs.getLong("overdue_tasks"));
    });
  }

  /** The names of the alliances given, by reference. */
  Map<String, String> names(Collection<String> references) {
    if (references.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new LinkedHashMap<>();
    jdbc.query("select reference, name from alliance where reference in (:references)",
        Map.of("references", references), rs -> {
          names.put(rs.getString("reference"), rs.getString("name"));
        });
    return names;
  }

  private static String rows(Viewer viewer, PortfolioQuery query) {
    return ROWS.formatted(mine(viewer)) + where(viewer, query);
  }

  /** A partner representative counts the work of their organisations and their own, on {@code work_item w}. */
  private static String mine(Viewer viewer) {
    return viewer.staff() ? "" : """
        \sand (w.assignee = :user or exists (select 1 from work_item_group g
          where g.task_id = w.task_id and g.group_id in (:organisations)))""";
  }

  /** The viewer's alliances that the query's filters select, on {@code alliance a} and its latest review {@code r}. */
  private static String where(Viewer viewer, PortfolioQuery query) {
    List<String> conditions = new ArrayList<>();
    if (!viewer.staff()) {
      conditions.add("a.reference in (" + VISIBLE_TO_PARTNER + ")");
    }
    conditions.addAll(TABLES.conditions(query));
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The standings that the query's filters select, on the columns given. */
  private static String where(PortfolioQuery query, Filtered on) {
    List<String> conditions = on.conditions(query);
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The columns the filters read: the alliance and its latest review, or its standing. */
  private record Filtered(String severity, String status, String type, String nameKey, String reference) {

    List<String> conditions(PortfolioQuery query) {
      List<String> conditions = new ArrayList<>();
      if (query.outcome() != null) {
        // by severity, the first key of the default order: the standing's index then has the outcome's rows in order
        conditions.add(severity + " = :severity");
      }
      if (query.status() != null) {
        conditions.add(status + " = :status");
      }
      if (query.type() != null) {
        conditions.add(type + " = :type");
      }
      if (query.q() != null) {
        conditions.add("""
            (%1$s like :text escape '\\' or lower(%2$s) like :text escape '\\'
              or exists (select 1 from alliance_partner qp where qp.alliance_reference = %2$s
                and qp.status in (:members) and lower(qp.organisation_name) like :text escape '\\'))"""
            .formatted(nameKey, reference));
      }
      return conditions;
    }
  }

  private static MapSqlParameterSource parameters(Viewer viewer, PortfolioQuery query) {
    // a group no one has keeps the list valid for a representative without an organisation
    Collection<String> organisations = viewer.organisations().isEmpty() ? List.of("-") : viewer.organisations();
    return new MapSqlParameterSource()
        .addValue("closed", ReviewStatus.CLOSED.name())
        .addValue("underReview", AllianceStatus.UNDER_REVIEW.name())
        .addValue("now", OffsetDateTime.now(ZoneOffset.UTC))
        .addValue("members", PartnerStatus.MEMBERS.stream().map(Enum::name).toList())
        .addValue("user", viewer.user())
        .addValue("organisations", organisations)
        .addValue("severity", query.outcome() == null ? null : PortfolioStanding.severity(query.outcome()))
        .addValue("status", query.status())
        .addValue("type", query.type())
        .addValue("text", query.q() == null ? null : "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%");
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /**
   * Turns the statement's rows (one per alliance and member, in order) into portfolio rows, each
   * handed over as soon as its last member is read: nothing is held but the row being built.
   */
  private static final class Rows implements RowCallbackHandler {

    private final Viewer viewer;
    private final Consumer<PortfolioRow> out;
    private PortfolioRow current;
    private List<String> partners;

    Rows(Viewer viewer, Consumer<PortfolioRow> out) {
      this.viewer = viewer;
      this.out = out;
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
      String reference = rs.getString("reference");
      if (current == null || !current.reference().equals(reference)) {
        flush();
        partners = new ArrayList<>();
        current = row(rs);
      }
      String partner = rs.getString("partner_name");
      if (partner != null) {
        partners.add(partner);
      }
    }

    /** Hands over the last row. */
    void finish() {
      flush();
    }

    private void flush() {
      if (current != null) {
        PortfolioRow r = current;
        out.accept(new PortfolioRow(r.reference(), r.name(), r.type(), r.status(), List.copyOf(partners),
            r.gateOutcome(), r.overallScore(), r.trend(), r.perceptionGap(), r.lastReview(), r.lastReviewedAt(),
            r.nextReviewDue(), r.reviewInProgress(), r.openTasks(), r.overdueTasks(), r.tasklistUrl(), r.cockpitUrl()));
        current = null;
      }
    }

    private PortfolioRow row(ResultSet rs) throws SQLException {
      String reference = rs.getString("reference");
      String status = rs.getString("status");
      String process = rs.getString("process_instance_id");
      boolean cockpit = viewer.admin() && process != null && !AllianceStatus.DISSOLVED.name().equals(status);
      return new PortfolioRow(reference, rs.getString("name"), rs.getString("alliance_type"), status, List.of(),
          rs.getString("gate_outcome"), rs.getObject("overall_score", Double.class), rs.getObject("trend", Double.class),
          rs.getObject("perception_gap", Double.class), rs.getObject("review_no", Integer.class),
          rs.getObject("closed_at", OffsetDateTime.class), rs.getObject("next_due", OffsetDateTime.class),
          AllianceStatus.UNDER_REVIEW.name().equals(status), rs.getInt("open_tasks"), rs.getInt("overdue_tasks"),
          WebLinks.tasklist(reference), cockpit ? WebLinks.cockpit(process) : null);
    }
  }
}
