package org.alliancecompass.alliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How often an alliance is reviewed: an ISO-8601 period between {@code P7D} and {@code P1Y}
 * (design, section 4), {@code P3M} (quarterly) unless the alliance says otherwise.
 */
public record ReviewCycle(Period period) {

  private static final Pattern ISO_PERIOD = Pattern.compile("P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");
  private static final LocalDate REFERENCE = LocalDate.of(2001, 1, 1);
  public static final ReviewCycle DEFAULT = new ReviewCycle(Period.ofMonths(3));

  public ReviewCycle {
    LocalDate end = REFERENCE.plus(period);
    if (end.isBefore(REFERENCE.plusDays(7)) || end.isAfter(REFERENCE.plusYears(1))) {
      throw new IllegalArgumentException("A review cycle is between P7D (a week) and P1Y (a year), got " + period);
    }
  }

  /**
   * Reads an ISO-8601 period such as {@code P3M}, {@code P6W} or {@code P1Y}.
   *
   * @throws IllegalArgumentException with a message for the person who typed it
   */
  public static ReviewCycle parse(String text) {
    if (text == null || !ISO_PERIOD.matcher(text.trim()).matches()) {
      throw new IllegalArgumentException("A review cycle is an ISO-8601 period such as P3M (quarterly) or P6W, got '"
          + text + "'");
    }
    try {
      return new ReviewCycle(Period.parse(text.trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not an ISO-8601 period: '" + text + "'", e);
    }
  }

  /** When the next review is due after a review at {@code from}: one cycle on, or half a cycle. */
  public Instant nextAfter(Instant from, boolean halfCycle) {
    Instant full = from.atOffset(ZoneOffset.UTC).plus(period).toInstant();
    return halfCycle ? from.plus(Duration.between(from, full).dividedBy(2)) : full;
  }

  /** The cycle in words: "every 3 months", "every 6 weeks", "every year". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    unit(parts, period.getYears(), "year");
    unit(parts, period.getMonths(), "month");
    int days = period.getDays();
    if (days % 7 == 0) {
      unit(parts, days / 7, "week");
    } else {
      unit(parts, days, "day");
    }
    return "every " + String.join(" and ", parts);
  }

  private static void unit(List<String> parts, int count, String unit) {
    if (count == 1) {
      parts.add(parts.isEmpty() ? unit : "1 " + unit);
    } else if (count > 1) {
      parts.add(count + " " + unit + "s");
    }
  }

  @Override
  public String toString() {
    return period.toString();
  }
}
