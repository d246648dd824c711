package org.alliancecompass.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.health.HealthModel;
import org.springframework.stereotype.Component;

/** How the dashboard writes values for people: outcomes as words, dates, cycles, states. */
@Component("fmt")
public class Display {

  private final HealthModel model;

  Display(HealthModel model) {
    this.model = model;
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  /** A code such as {@code AT_RISK} or {@code STRATEGIC_ALLIANCE} as words: "At risk". */
  public String words(String code) {
    if (code == null || code.isBlank()) {
      return "—";
    }
    String text = code.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** A success dimension's name from its key: {@code decisionMaking} is "Decision-making". */
  public String dimension(String key) {
    return key == null ? "Overall" : model.dimension(key).map(d -> d.label()).orElse(words(key));
  }

  /** A gate outcome in words; before the first review there is none. */
  public String outcome(String outcome) {
    return outcome == null || "NONE".equals(outcome) ? "Not yet reviewed" : words(outcome);
  }

  /** The CSS class of a gate outcome. */
  public String outcomeClass(String outcome) {
    return outcome == null ? "NONE" : outcome;
  }

  public String day(OffsetDateTime time) {
    return time == null ? "—" : DAY.format(time.atZoneSameInstant(ZoneId.systemDefault()));
  }

  public String day(LocalDate date) {
    return date == null ? "—" : DAY.format(date);
  }

  public boolean past(OffsetDateTime time) {
    return time != null && time.isBefore(OffsetDateTime.now());
  }

  public boolean past(LocalDate date) {
    return date != null && date.isBefore(LocalDate.now());
  }

  /** A score, trend or gap with one decimal, or a dash when there is none. */
  public String score(Double value) {
    return value == null ? "—" : String.format(Locale.UK, "%.1f", value);
  }

  /** A trend as a signed figure: "+4.2", "−3.0". */
  public String trend(Double value) {
    if (value == null) {
      return "—";
    }
    return value > 0 ? String.format(Locale.UK, "+%.1f", value)
        : value < 0 ? String.format(Locale.UK, "−%.1f", -value) : "0.0";
  }

  /** A value as people write it: 12.5, 40, −3; a dash when there is none. */
  public String number(Double value) {
    return value == null ? "—"
        : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().replace('-', '\u2212');
  }

  /** An improvement action's state in words: "In progress", "Blocked", "Done". */
  public String actionStatus(org.alliancecompass.review.ActionStatus status) {
    return status == null ? "—" : org.alliancecompass.review.Reviews.words(status);
  }

  /** A time in days as people say it: "under an hour", "5 hours", "1 day", "3.5 days"; a dash when there is none. */
  public String days(Double days) {
    if (days == null) {
      return "—";
    }
    long hours = Math.round(days * 24);
    if (hours < 1) {
      return "under an hour";
    }
    if (hours < 24) {
      return hours == 1 ? "1 hour" : hours + " hours";
    }
    String figure = number(Math.round(days * 10) / 10.0);
    return "1".equals(figure) ? "1 day" : figure + " days";
  }

  public String percent(Double fraction) {
    return fraction == null ? "—" : String.format(Locale.UK, "%.0f%%", fraction * 100);
  }

  /** A review cycle in words: {@code P3M} is "every 3 months". */
  public String cycle(String isoPeriod) {
    if (isoPeriod == null) {
      return "—";
    }
    try {
      return ReviewCycle.parse(isoPeriod).describe();
    } catch (IllegalArgumentException e) {
      return isoPeriod;
    }
  }
}
