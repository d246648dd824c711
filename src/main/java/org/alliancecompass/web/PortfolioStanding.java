package org.alliancecompass.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.alliancecompass.alliance.AllianceChanged;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.review.ReviewClosed;
import org.alliancecompass.review.ReviewStatus;
import org.alliancecompass.work.WorkArrived;
import org.alliancecompass.work.WorkDone;
import org.alliancecompass.work.WorkItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portfolio's standing ({@code portfolio_standing}): one row per alliance holding every key the
 * portfolio filters and sorts by, so that a page of the portfolio is read from an index in its order
 * and stops after its rows, whatever the number of alliances ({@link PortfolioRepository}).
 *
 * <p>A row is refreshed from the alliance, review and work tables in the transaction that changes
 * them, on the modules' events: an alliance registered, changing stage or its next review
 * ({@link AllianceChanged}), a review closed ({@link ReviewClosed}), overdue work done or arriving
 * overdue ({@link WorkDone}, {@link WorkArrived}); it commits or rolls back with the change. Work
 * becomes overdue by the clock alone: a sweep every {@code alliance.portfolio.sweep-interval}
 * (default a minute) recounts the overdue work of the alliances that have any or had any, on every
 * node (it is idempotent). On start, alliances without a standing get one. {@link #drift()} names the
 * rows that differ from what the tables say.
 */
@Component
class PortfolioStanding {

  private static final Logger LOG = LoggerFactory.getLogger(PortfolioStanding.class);

  /** The gate outcomes from least to most severe: 1 to 4, and 0 before the first review. */
  static final String SEVERITY = PortfolioQuery.OUTCOMES.stream()
      .filter(outcome -> !"NONE".equals(outcome))
      .map(outcome -> "when '%s' then %d".formatted(outcome, PortfolioQuery.OUTCOMES.indexOf(outcome) + 1))
      .collect(Collectors.joining(" ", "case r.gate_outcome ", " else 0 end"));

  /** The severity of a gate outcome as {@link #SEVERITY} gives it: 0 for {@code NONE}. */
  static int severity(String outcome) {
    return "NONE".equals(outcome) ? 0 : PortfolioQuery.OUTCOMES.indexOf(outcome) + 1;
  }

  /** When an alliance's next review falls due: none while one is under way. */
  static final String NEXT_DUE = "case when a.status = :underReview then null else a.next_review_due end";

  /** Each alliance's latest closed review, {@code r}, of the alliance {@code a}. */
  static final String LATEST_REVIEW = """
      left join review r on r.alliance_reference = a.reference and r.status = :closed
        and r.review_no = (select max(l.review_no) from review l
          where l.alliance_reference = a.reference and l.status = :closed)""";

  /** The columns of a standing, in the order of {@link #LIVE}'s. */
  private static final List<String> COLUMNS = List.of("reference", "name_key", "alliance_type", "status", "next_due",
      "gate_outcome", "severity", "overall_score", "trend", "perception_gap", "review_no", "closed_at", "overdue_tasks");

  /** Adds standings: {@link #LIVE}'s rows, in {@link #COLUMNS}' order. */
  private static final String INSERT = "insert into portfolio_standing (" + String.join(", ", COLUMNS) + ") ";

  /** The standing of each alliance {@code a} as its tables say now. */
  private static final String LIVE = """
      select a.reference, lower(a.name) as name_key, a.alliance_type, a.status, %s as next_due, r.gate_outcome,
        %s as severity, r.overall_score, r.trend, r.perception_gap, r.review_no, r.closed_at, %s as overdue_tasks
      from alliance a
      %s""".formatted(NEXT_DUE, SEVERITY, overdue("a"), LATEST_REVIEW);

  private final NamedParameterJdbcTemplate jdbc;

  PortfolioStanding(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void on(AllianceChanged changed) {
    refresh(changed.reference());
  }

  @EventListener
  void on(ReviewClosed closed) {
    refresh(closed.allianceReference());
  }

  @EventListener
  void on(WorkDone done) {
    recountOverdueIfOverdue(done.item());
  }

  @EventListener
  void on(WorkArrived arrived) {
    recountOverdueIfOverdue(arrived.item());
  }

  /** The alliance's standing as its tables say now: updated, or added for a new alliance. */
  void refresh(String reference) {
    MapSqlParameterSource parameters = parameters().addValue("reference", reference);
    String live = "(" + LIVE + " where a.reference = :reference) l";
    String columns = String.join(", ", COLUMNS.subList(1, COLUMNS.size()));
    int updated = jdbc.update("update portfolio_standing s set (" + columns + ") = (select "
        + COLUMNS.subList(1, COLUMNS.size()).stream().map(c -> "l." + c).collect(Collectors.joining(", "))
        + " from " + live + ") where s.reference = :reference", parameters);
    if (updated == 0) {
      jdbc.update(INSERT + LIVE + " where a.reference = :reference", parameters);
    }
  }

  /**
   * Brings every alliance's overdue work up to the clock: only the alliances with overdue work, by
   * the standing or by the work items (read through their due-date index), are recounted.
   */
  @Scheduled(initialDelayString = "${alliance.portfolio.sweep-interval:PT1M}",
      fixedDelayString = "${alliance.portfolio.sweep-interval:PT1M}")
  @Transactional
  public void sweep() {
    MapSqlParameterSource parameters = parameters();
    String recount = "update portfolio_standing s set overdue_tasks = " + overdue("s")
        + " where %s and s.overdue_tasks <> " + overdue("s");
    int changed = jdbc.update(recount.formatted(
        "s.reference in (select o.alliance_reference from work_item o where o.due_at < :now)"), parameters)
        + jdbc.update(recount.formatted("s.overdue_tasks > 0"), parameters);
    if (changed > 0) {
      LOG.debug("Portfolio: the overdue work of {} alliances recounted", changed);
    }
  }

  /**
   * On start, the alliances without a standing get one: after an upgrade the migration made them
   * all; after {@code delete from portfolio_standing} (to have them all computed again) this does.
   * Two nodes starting together may both try: the second one's insert fails and changes nothing.
   */
  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    try {
      int added = jdbc.update(INSERT + LIVE
          + " where not exists (select 1 from portfolio_standing s where s.reference = a.reference)", parameters());
      if (added > 0) {
        LOG.info("Portfolio: {} alliances without a standing have one now", added);
      }
    } catch (DataIntegrityViolationException another) {
      LOG.info("Portfolio: another node gave the alliances without a standing one meanwhile");
    }
  }

  /** Every alliance's standing computed again from its tables, in one transaction. */
  @Transactional
  public void rebuild() {
    jdbc.update("delete from portfolio_standing", Map.of());
    jdbc.update(INSERT + LIVE, parameters());
  }

  /** The alliances whose standing is missing or differs from what their tables say now. */
  List<String> drift() {
    String differs = COLUMNS.subList(1, COLUMNS.size()).stream()
        .map(c -> "s." + c + " is distinct from l." + c).collect(Collectors.joining(" or "));
    return jdbc.queryForList("select l.reference from (" + LIVE + ") l left join portfolio_standing s"
        + " on s.reference = l.reference where s.reference is null or " + differs + " order by l.reference",
        parameters(), String.class);
  }

  private void recountOverdueIfOverdue(WorkItem item) {
    if (item.allianceReference() != null && item.dueAt() != null && item.dueAt().isBefore(now())) {
      jdbc.update("update portfolio_standing s set overdue_tasks = " + overdue("s") + " where s.reference = :reference",
          parameters().addValue("reference", item.allianceReference()));
    }
  }

  /** The overdue work, now, of the alliance or standing {@code alias}. */
  private static String overdue(String alias) {
    return "(select count(*) from work_item w where w.alliance_reference = %s.reference and w.due_at < :now)"
        .formatted(alias);
  }

  private static MapSqlParameterSource parameters() {
    return new MapSqlParameterSource()
        .addValue("closed", ReviewStatus.CLOSED.name())
        .addValue("underReview", AllianceStatus.UNDER_REVIEW.name())
        .addValue("now", now());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
