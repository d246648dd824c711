package org.alliancecompass.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.web.AllianceViews.PortfolioRow;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * How a user asked to see the portfolio: which alliances (gate outcome, status, type, a search
 * text) in which order. The dashboard page and the JSON API take the same parameters, so a link
 * from one works on the other.
 *
 * @param sort a column: {@code attention} (default: worst gate outcome first), {@code name},
 *     {@code type}, {@code status}, {@code outcome}, {@code score}, {@code trend}, {@code gap},
 *     {@code due}, {@code overdue}
 * @param dir {@code asc} or {@code desc}
 */
public record PortfolioQuery(String q, String outcome, String status, String type, String sort, String dir) {

  /** The columns the portfolio can be sorted by, with their natural (ascending) order. */
  enum Column {
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

    Column(Comparator<PortfolioRow> order) {
      this.order = order;
    }

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    private static <T extends Comparable<? super T>> Comparator<PortfolioRow> nullsLast(
        Function<PortfolioRow, T> value) {
      return Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
    }
  }

  static final List<String> OUTCOMES = List.of("HEALTHY", "WATCH", "AT_RISK", "CRITICAL", "NONE");

  public PortfolioQuery {
    q = blankToNull(q);
    outcome = blankToNull(outcome);
    status = blankToNull(status);
    type = blankToNull(type);
    sort = Optional.ofNullable(blankToNull(sort)).orElse(Column.ATTENTION.key());
    dir = Optional.ofNullable(blankToNull(dir)).orElse("asc");
  }

  /** This query if its parameters make sense; a 400 naming the parameter if not. */
  PortfolioQuery validated() {
    if (column(sort).isEmpty()) {
      throw badParameter("sort", sort, Arrays.stream(Column.values()).map(Column::key).toList());
    }
    if (!List.of("asc", "desc").contains(dir)) {
      throw badParameter("dir", dir, List.of("asc", "desc"));
    }
    if (outcome != null && !OUTCOMES.contains(outcome)) {
      throw badParameter("outcome", outcome, OUTCOMES);
    }
    if (status != null && Arrays.stream(AllianceStatus.values()).noneMatch(s -> s.name().equals(status))) {
      throw badParameter("status", status, Arrays.stream(AllianceStatus.values()).map(Enum::name).toList());
    }
    if (type != null && Arrays.stream(AllianceType.values()).noneMatch(t -> t.name().equals(type))) {
      throw badParameter("type", type, Arrays.stream(AllianceType.values()).map(Enum::name).toList());
    }
    if (q != null && q.length() > 200) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parameter 'q' is longer than 200 characters");
    }
    return this;
  }

  /** The gate outcome of a row for display and filtering: {@code NONE} before the first review. */
  static String outcomeOf(PortfolioRow row) {
    return row.gateOutcome() == null ? "NONE" : row.gateOutcome();
  }

  List<PortfolioRow> apply(List<PortfolioRow> rows) {
    validated();
    Comparator<PortfolioRow> order = column(sort).orElseThrow().order;
    if ("desc".equals(dir)) {
      order = order.reversed();
    }
    return rows.stream()
        .filter(r -> outcome == null || outcome.equals(outcomeOf(r)))
        .filter(r -> status == null || status.equals(r.status()))
        .filter(r -> type == null || type.equals(r.type()))
        .filter(r -> q == null || matches(r, q.toLowerCase(Locale.ROOT)))
        .sorted(order.thenComparing(Column.NAME.order))
        .toList();
  }

  /** The direction a click on a column heading asks for: the other one if already sorted by it. */
  public String nextDir(String column) {
    return column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
  }

  /** {@code aria-sort} of a column heading. */
  public String ariaSort(String column) {
    return column.equals(sort) ? ("asc".equals(dir) ? "ascending" : "descending") : null;
  }

  public boolean filtered() {
    return q != null || outcome != null || status != null || type != null;
  }

  private static boolean matches(PortfolioRow row, String text) {
    return row.name().toLowerCase(Locale.ROOT).contains(text)
        || row.reference().toLowerCase(Locale.ROOT).contains(text)
        || row.partners().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).contains(text));
  }

  private static int severity(String outcome) {
    return outcome == null ? 0 : OUTCOMES.indexOf(outcome) + 1;
  }

  private static Optional<Column> column(String key) {
    return Arrays.stream(Column.values()).filter(c -> c.key().equals(key)).findFirst();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static ResponseStatusException badParameter(String name, String value, List<String> allowed) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "Parameter '%s' must be one of %s, not '%s'".formatted(name, allowed, abbreviate(value)));
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "…" : value;
  }
}
