package org.alliancecompass.agreement;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The term of an agreement: the day it ends, or none (it runs until the partners end it), and the
 * notice before that day by which the leadership team decides whether to renew it.
 *
 * @param validUntil the last day the agreement is in force; {@code null} for an open-ended one
 * @param noticePeriod an ISO-8601 period, one of {@link #NOTICE_PERIODS}; {@code null} when open-ended
 */
public record Term(LocalDate validUntil, String noticePeriod) {

  /** The notice periods an agreement may give: one, three, six or twelve months. */
  public static final List<String> NOTICE_PERIODS = List.of("P1M", "P3M", "P6M", "P12M");
  public static final String DEFAULT_NOTICE = "P3M";
  public static final Term OPEN_ENDED = new Term(null, null);

  public Term {
    if (validUntil == null) {
      noticePeriod = null;
    } else if (noticePeriod == null) {
      noticePeriod = DEFAULT_NOTICE;
    } else if (!NOTICE_PERIODS.contains(noticePeriod)) {
      throw new IllegalArgumentException("must be one of " + NOTICE_PERIODS + ", got '" + noticePeriod + "'");
    }
  }

  /** The term a form's fields give: an end day as {@code yyyy-MM-dd} (or empty), and a notice period. */
  public static Term of(String validUntil, String noticePeriod) {
    if (validUntil == null || validUntil.isBlank()) {
      return OPEN_ENDED;
    }
    try {
      return new Term(LocalDate.parse(validUntil.strip().substring(0, Math.min(10, validUntil.strip().length()))),
          noticePeriod == null || noticePeriod.isBlank() ? null : noticePeriod);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be a day as yyyy-MM-dd, got '" + validUntil + "'");
    }
  }

  public boolean openEnded() {
    return validUntil == null;
  }

  /** The day by which the leadership team decides on renewal: the end less the notice; none when open-ended. */
  public Optional<LocalDate> noticeDate() {
    return openEnded() ? Optional.empty() : Optional.of(validUntil.minus(Period.parse(noticePeriod)));
  }

  /** The same agreement, renewed to a new end day with the same notice. */
  public Term renewedUntil(LocalDate day) {
    return new Term(day, noticePeriod == null ? DEFAULT_NOTICE : noticePeriod);
  }

  /** How the alliance page and the decision register say it: "until 31 March 2028, 6 months' notice". */
  public String words() {
    if (openEnded()) {
      return "no end date";
    }
    int months = Period.parse(noticePeriod).getMonths() + Period.parse(noticePeriod).getYears() * 12;
    return "until " + validUntil.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
        + ", " + months + (months == 1 ? " month's" : " months'") + " notice";
  }
}
