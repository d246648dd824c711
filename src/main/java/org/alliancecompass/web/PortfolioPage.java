package org.alliancecompass.web;

import java.util.List;

import org.alliancecompass.web.AllianceViews.PortfolioRow;

/** One page of the portfolio (from 1, of {@code size} rows), and how many alliances match in all. */
public record PortfolioPage(List<PortfolioRow> rows, long total, int page, int size) {

  /** The position of the first row shown, from 1; 0 on an empty page. */
  public long from() {
    return rows.isEmpty() ? 0 : (long) (page - 1) * size + 1;
  }

  public long to() {
    return rows.isEmpty() ? 0 : from() + rows.size() - 1;
  }

  /** The last page with rows (1 when nothing matches). */
  public int lastPage() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < lastPage();
  }
}
