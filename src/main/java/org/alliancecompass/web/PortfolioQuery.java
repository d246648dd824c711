package org.alliancecompass.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.taskform.SafeEcho;
import org.alliancecompass.web.AllianceViews.PortfolioRow;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How a user asked to see the portfolio: which alliances (gate outcome, status, type, a search
 * text) in which order, and which page of them. The dashboard page, the JSON API and the CSV take
 * the same parameters, so a link from one works on the others. The database filters, sorts and
 * pages ({@link PortfolioRepository}); ties are broken by name, then by reference, so that pages
 * do not overlap.
 *
 * @param sort a column: {@code attention} (default: worst gate outcome first, then most overdue
 *     tasks, then lowest score, alliances without a score last), {@code name}, {@code type},
 *     {@code status}, {@code outcome}, {@code score}, {@code trend}, {@code gap}, {@code due},
 *     {@code overdue}; empty values come last in ascending order, first in descending order
 * @param dir {@code asc} or {@code desc}
 * @param page the page, counted from 1 (default); a page beyond the last is empty
 * @param size alliances a page, 1 to {@value #MAX_SIZE} (default {@value #DEFAULT_SIZE}); the CSV has every row
 */
public record PortfolioQuery(String q, String outcome, String status, String type, String sort, String dir,
    String page, String size) {

  static final int DEFAULT_SIZE = 50;
  static final int MAX_SIZE = 200;

  /**
   * The columns the portfolio can be sorted by: each is one or more sort keys of the portfolio's
   * SQL (a column of {@link PortfolioRepository}'s rows, ascending or not, with or without empty values).
   */
  enum Column {
    ATTENTION(new Key("severity", false), new Key("overdue_tasks", false), new Key("overall_score", true)),
    NAME(new Key("name_key", true)),
    TYPE(new Key("alliance_type", true)),
    STATUS(new Key("status", true)),
    OUTCOME(new Key("severity", true)),
    SCORE(new Key("overall_score", true)),
    TREND(new Key("trend", true)),
    GAP(new Key("perception_gap", true)),
    DUE(new Key("next_due", true)),
    OVERDUE(new Key("overdue_tasks", true));

    private final List<Key> keys;

    Column(Key... keys) {
      this.keys = List.of(keys);
    }

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The SQL order of this column, each key reversed for {@code desc} (and its empty values then
     * first), then by name and reference ascending whatever the direction.
     */
    String orderBy(String alias, boolean descending) {
      List<String> terms = new ArrayList<>();
      for (Key key : keys) {
        boolean ascending = key.ascending() != descending;
        terms.add(alias + "." + key.column() + (ascending ? " asc nulls last" : " desc nulls first"));
      }
      if (keys.stream().noneMatch(key -> "name_key".equals(key.column()))) {
        terms.add(alias + ".name_key asc");
      }
      terms.add(alias + ".reference asc");
      return String.join(", ", terms);
    }

    private record Key(String column, boolean ascending) {
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
    page = blankToNull(page);
    size = blankToNull(size);
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
    number("page", page, 1, 1, Integer.MAX_VALUE);
    number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    return this;
  }

  /** The page asked for, from 1. */
  int pageNumber() {
    return number("page", page, 1, 1, Integer.MAX_VALUE);
  }

  /** The alliances a page. */
  int pageSize() {
    return number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
  }

  /** The rows before the page asked for. */
  long offset() {
    return (long) (pageNumber() - 1) * pageSize();
  }

  /** The SQL order asked for, on the rows of the given alias. */
  String orderBy(String alias) {
    return column(sort).orElseThrow().orderBy(alias, "desc".equals(dir));
  }

  /** A link to another page of the same alliances in the same order, on the page or API at {@code path}. */
  public String link(String path, int toPage) {
    UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("q", q);
    parameters.put("outcome", outcome);
    parameters.put("status", status);
    parameters.put("type", type);
    parameters.put("sort", sort);
    parameters.put("dir", dir);
    parameters.put("page", String.valueOf(toPage));
    parameters.put("size", size);
    parameters.forEach((name, value) -> {
      if (value != null) {
        link.queryParam(name, value);
      }
    });
    return link.encode().build().toUriString();
  }

  /** The gate outcome of a row for display and filtering: {@code NONE} before the first review. */
  static String outcomeOf(PortfolioRow row) {
    return row.gateOutcome() == null ? "NONE" : row.gateOutcome();
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

  private static Optional<Column> column(String key) {
    return Arrays.stream(Column.values()).filter(c -> c.key().equals(key)).findFirst();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static int number(String name, String value, int absent, int min, int max) {
    if (value == null) {
      return absent;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // refused below, as a number out of range is
    }
    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Parameter '%s' must be a whole number from %d to %d, not '%s'"
        .formatted(name, min, max, abbreviate(value)));
  }

  private static ResponseStatusException badParameter(String name, String value, List<String> allowed) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST,
        "Parameter '%s' must be one of %s, not '%s'".formatted(name, allowed, abbreviate(value)));
  }

  private static String abbreviate(String value) {
    return SafeEcho.of(value);
  }
}
