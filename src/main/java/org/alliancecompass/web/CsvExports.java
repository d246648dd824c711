package org.alliancecompass.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.review.ProcessEvidence;
import org.alliancecompass.web.AllianceViews.AllianceDetail;
import org.alliancecompass.web.AllianceViews.ReviewView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV exports for board papers: the portfolio and one alliance's review history (RFC 4180, UTF-8
 * with a byte order mark so that spreadsheets read the names right). Text that people typed and
 * that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
@RestController
@Tag(name = "Exports", description = "CSV for board papers and spreadsheets")
class CsvExports {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private static final List<String> PORTFOLIO_COLUMNS = List.of("reference", "name", "type", "status", "partners",
      "gate_outcome", "overall_score", "trend", "perception_gap", "last_review_no", "last_reviewed_at",
      "next_review_due", "open_tasks", "overdue_tasks");

  private final AllianceAccess access;
  private final AllianceViews views;
  private final PortfolioRepository portfolio;
  private final HealthModel model;

  CsvExports(AllianceAccess access, AllianceViews views, PortfolioRepository portfolio, HealthModel model) {
    this.access = access;
    this.views = views;
    this.portfolio = portfolio;
    this.model = model;
  }

  @GetMapping(path = "/api/alliances.csv", produces = "text/csv")
  @Operation(summary = "The portfolio as CSV, filtered and sorted as asked")
  void portfolio(@ParameterObject PortfolioQuery query, Authentication authentication, HttpServletResponse response)
      throws IOException {
    AllianceAccess.Viewer viewer = access.viewer(authentication);
    query.validated();
    // every matching row, written as the database returns it: the page parameters do not apply
    response.setContentType(TEXT_CSV.toString());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename("alliance-portfolio.csv").build().toString());
    Writer out = response.getWriter();
    out.append('\uFEFF');
    CSVPrinter printer = new CSVPrinter(out, format(PORTFOLIO_COLUMNS));
    portfolio.each(viewer, query, r -> {
      try {
        printer.printRecord(r.reference(), text(r.name()), nullable(r.type()), nullable(r.status()),
            text(String.join("; ", r.partners())), PortfolioQuery.outcomeOf(r), nullable(r.overallScore()),
            nullable(r.trend()), nullable(r.perceptionGap()), nullable(r.lastReview()), time(r.lastReviewedAt()),
            time(r.nextReviewDue()), r.openTasks(), r.overdueTasks());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    printer.flush();
  }

  @GetMapping(path = "/api/alliances/{reference}/reviews.csv", produces = "text/csv")
  @Operation(summary = "An alliance's review history as CSV: one row per review, with each dimension's score")
  ResponseEntity<String> reviews(@PathVariable String reference, Authentication authentication) {
    AllianceDetail alliance = views.detail(access.viewer(authentication), reference);
    List<List<Object>> rows = new ArrayList<>();
    for (ReviewView r : alliance.reviews()) {
      List<Object> row = new ArrayList<>(List.of(alliance.reference(), r.reviewNo(), nullable(r.trigger()),
          nullable(r.status()), time(r.openedAt()), time(r.closedAt())));
      model.keys().forEach(key -> row.add(nullable(r.scores().get(key))));
      row.addAll(List.of(nullable(r.overallScore()), nullable(r.trend()), nullable(r.perceptionGap()),
          nullable(r.responseRate()), nullable(r.partnersResponded()), r.partnersAsked(),
          nullable(r.objectivesAchieved()), nullable(r.gateOutcome()), nullable(r.decision()),
          text(r.decisionBasis())));
      ProcessEvidence e = r.evidence();
      row.addAll(List.of(e.decisions(), nullable(e.medianDecisionDays()), nullable(e.slowestDecisionDays()),
          e.tasksCompleted(), e.tasksLate(), nullable(e.latestDays()), e.reminders(), e.escalations(), e.actionsDue(),
          e.actionsDoneOnTime()));
      rows.add(row);
    }
    return csv(alliance.reference() + "-reviews.csv", reviewColumns(), rows);
  }

  /** One column per dimension of the health model: {@code trust_score}, {@code decision_making_score}, ... */
  private List<String> reviewColumns() {
    List<String> columns = new ArrayList<>(List.of("alliance_reference", "review_no", "trigger", "status",
        "opened_at", "closed_at"));
    for (Dimension dimension : model.dimensions()) {
      columns.add(dimension.scoreVariable().replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT));
    }
    columns.addAll(List.of("overall_score", "trend", "perception_gap", "response_rate", "partners_responded",
        "partners_asked", "objectives_achieved", "gate_outcome", "decision", "decision_basis",
        // what the record shows of the review's period
        "decisions", "median_decision_days", "slowest_decision_days", "tasks_completed", "tasks_late", "latest_days",
        "reminders", "escalations", "actions_due", "actions_done_on_time"));
    return List.copyOf(columns);
  }

  private static ResponseEntity<String> csv(String fileName, List<String> columns, List<? extends List<?>> rows) {
    StringWriter out = new StringWriter().append('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(out, format(columns))) {
      for (List<?> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(out.toString());
  }

  private static CSVFormat format(List<String> columns) {
    return CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
  }

  /**
   * Text a person typed: a cell starting with {@code = + - @}, a tab or a carriage return would
   * be run as a formula by a spreadsheet (CSV injection), so it gets a leading apostrophe.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static Object nullable(Object value) {
    return value == null ? "" : value;
  }

  private static String time(OffsetDateTime value) {
    return value == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }
}
