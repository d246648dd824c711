package org.alliancecompass.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.web.AllianceViews.AllianceDetail;
import org.alliancecompass.web.AllianceViews.KpiValue;
import org.alliancecompass.web.AllianceViews.KpiView;
import org.alliancecompass.web.AllianceViews.ReviewView;

/**
 * The data of an alliance page's charts, handed to {@code static/js/charts.js} as JSON in a
 * {@code data-chart} attribute: no inline script, and the page's tables carry the same figures
 * for readers who cannot see the charts.
 */
final class AllianceCharts {

  /**
   * What Chart.js draws: a type, the labels of the x axis (or the radar's spokes), the series, and
   * the range of the value axis (none: fitted to the values).
   */
  record Chart(String type, String title, List<String> labels, List<Series> datasets, Double min, Double max) {

    /** A chart of scores, 0 to 100. */
    static Chart ofScores(String type, String title, List<String> labels, List<Series> datasets) {
      return new Chart(type, title, labels, datasets, 0.0, 100.0);
    }
  }

  /**
   * One line or shape; {@code sameAs} names the earlier series whose values it repeats exactly, which
   * the chart draws on top of it: the legend says so, and the marker stays visible around the other's.
   */
  record Series(String label, List<Double> data, String sameAs) {

    Series(String label, List<Double> data) {
      this(label, data, null);
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private AllianceCharts() {
  }

  /** The alliance's dimension scores and its overall score over every closed review. */
  static Optional<Chart> healthOverTime(AllianceDetail alliance, HealthModel model) {
    List<ReviewView> closed = closedReviews(alliance);
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    List<String> labels = closed.stream()
        .map(r -> "Review " + r.reviewNo() + (r.closedAt() == null ? "" : " (" + DAY.format(r.closedAt()) + ")"))
        .toList();
    List<Series> series = new ArrayList<>();
    for (Dimension dimension : model.dimensions()) {
      series.add(new Series(dimension.label(), closed.stream().map(r -> r.scores().get(dimension.key())).toList()));
    }
    series.add(new Series("Overall", closed.stream().map(ReviewView::overallScore).toList()));
    return Optional.of(Chart.ofScores("line", "Health scores over time, 0 to 100", labels, sameAsEarlier(series)));
  }

  /**
   * How each partner saw the alliance in the latest closed review, dimension by dimension: where
   * the partners' shapes differ, their perceptions diverge.
   */
  static Optional<Chart> partnerPerceptions(AllianceDetail alliance, HealthModel model) {
    List<ReviewView> closed = closedReviews(alliance);
    if (closed.isEmpty() || closed.get(closed.size() - 1).partnerScores().isEmpty()) {
      return Optional.empty();
    }
    ReviewView latest = closed.get(closed.size() - 1);
    List<String> labels = model.dimensions().stream().map(Dimension::label).toList();
    List<Series> series = latest.partnerScores().stream()
        .map(p -> new Series(p.organisation(),
            model.keys().stream().map(p.scores()::get).toList()))
        .toList();
    return Optional.of(Chart.ofScores("radar", "Review " + latest.reviewNo() + ": each partner's scores, 0 to 100",
        labels, sameAsEarlier(series)));
  }

  /**
   * Each KPI in force against its target and minimum condition over the reviews that measured it,
   * in the KPI's own unit; none for a KPI not yet measured.
   */
  static List<Chart> kpis(AllianceDetail alliance) {
    List<Chart> charts = new ArrayList<>();
    for (KpiView kpi : alliance.kpis()) {
      List<KpiValue> measured = kpi.values().stream().filter(v -> v.actual() != null).toList();
      if (!kpi.inForce() || measured.isEmpty()) {
        continue;
      }
      List<String> labels = measured.stream().map(v -> "Review " + v.reviewNo()).toList();
      List<Series> series = List.of(
          new Series("Value", measured.stream().map(KpiValue::actual).toList()),
          new Series("Target", measured.stream().map(v -> kpi.target()).toList()),
          new Series("Minimum condition", measured.stream().map(v -> kpi.minimum()).toList()));
      charts.add(new Chart("line", kpi.name() + " (" + kpi.measure() + "; " + kpi.direction().toLowerCase(Locale.UK) + ")",
          labels, sameAsEarlier(series), null, null));
    }
    return charts;
  }

  /** The latest closed review, whose per-partner scores the radar shows. */
  static Optional<ReviewView> latestClosed(AllianceDetail alliance) {
    List<ReviewView> closed = closedReviews(alliance);
    return closed.isEmpty() ? Optional.empty() : Optional.of(closed.get(closed.size() - 1));
  }

  /** The series, each marked with the first earlier one whose values it repeats (partners who see it alike). */
  static List<Series> sameAsEarlier(List<Series> series) {
    List<Series> marked = new ArrayList<>();
    for (Series one : series) {
      String sameAs = marked.stream().filter(earlier -> Objects.equals(earlier.data(), one.data()))
          .map(earlier -> earlier.sameAs() == null ? earlier.label() : earlier.sameAs()).findFirst().orElse(null);
      marked.add(new Series(one.label(), one.data(), sameAs));
    }
    return marked;
  }

  private static List<ReviewView> closedReviews(AllianceDetail alliance) {
    return alliance.reviews().stream().filter(r -> r.overallScore() != null).toList();
  }
}
