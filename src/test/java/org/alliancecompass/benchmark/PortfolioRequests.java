package org.alliancecompass.benchmark;

import static org.alliancecompass.benchmark.BenchmarkApplication.MANAGER;
import static org.alliancecompass.benchmark.BenchmarkApplication.USER_PASSWORD;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.alliancecompass.support.Rest;

/**
 * What people open while a portfolio's reviews are under way, timed at each size so that the
 * growth from the smallest to the largest portfolio is a number: the manager's portfolio page and
 * its JSON (first page), a filtered page, the whole CSV, one alliance's page, and a partner
 * representative's task list as Tasklist loads it (15 a page, HAL). HTTP Basic, as a reporting
 * tool or a script would sign in.
 */
final class PortfolioRequests {

  enum Request {
    PORTFOLIO_PAGE("Portfolio page `/`, first page (HTML)", "text/html"),
    PORTFOLIO_API("`GET /api/alliances`, first page", "application/json"),
    FILTERED_API("`GET /api/alliances?outcome=AT_RISK`, first page", "application/json"),
    CSV("`GET /api/alliances.csv`, every row", "text/csv"),
    ALLIANCE_PAGE("An alliance's page `/alliances/{reference}`, with " + HISTORY + " reviews", "text/html"),
    TASKLIST("Tasklist filter list for a representative (\"My group tasks\", HAL, 15 a page)", "application/hal+json");

    final String label;
    final String accept;

    Request(String label, String accept) {
      this.label = label;
      this.accept = accept;
    }
  }

  /** The samples of one size, per request, and the load when they ended. */
  record Result(int alliances, Map<Request, Samples> samples, double loadAverage) {
  }

  /** The reviews of the alliance whose page is measured: three years of quarterly reviews. */
  static final int HISTORY = 12;

  private final Rest rest;
  private final String filterId;

  PortfolioRequests(Rest rest, String filterId) {
    this.rest = rest;
    this.filterId = filterId;
  }

  /** The alliance first on the manager's portfolio page, whose page is measured once it has a history. */
  String firstAlliance() {
    return EngineApi.ok(rest.as(MANAGER, USER_PASSWORD).get("/api/alliances?size=1")).json().path("alliances").path(0)
        .path("reference").asText();
  }

  /**
   * {@code warmUp} rounds not counted, then {@code samples} rounds of every request, in turn; the
   * alliance page is {@code reference}'s, which has {@value #HISTORY} reviews.
   */
  Result measure(int alliances, String reference, int warmUp, int samples) {
    Rest manager = rest.as(MANAGER, USER_PASSWORD);
    Map<Request, Function<Rest, Rest.Response>> calls = new EnumMap<>(Request.class);
    calls.put(Request.PORTFOLIO_PAGE, client -> client.get("/"));
    calls.put(Request.PORTFOLIO_API, client -> client.get("/api/alliances"));
    calls.put(Request.FILTERED_API, client -> client.get("/api/alliances?outcome=AT_RISK"));
    calls.put(Request.CSV, client -> client.get("/api/alliances.csv"));
    calls.put(Request.ALLIANCE_PAGE, client -> client.get("/alliances/" + reference));
    Map<Request, List<Double>> latencies = new EnumMap<>(Request.class);
    for (int round = 0; round < warmUp + samples; round++) {
      for (Request request : Request.values()) {
        Rest client = request == Request.TASKLIST ? rest.as(BenchmarkApplication.representativeOf(
            BenchmarkApplication.organisation(round % BenchmarkApplication.ORGANISATIONS)), USER_PASSWORD)
            : manager;
        Rest accepting = client.accepting(request.accept);
        long start = System.nanoTime();
        EngineApi.ok(request == Request.TASKLIST ? tasklist(accepting) : calls.get(request).apply(accepting));
        double millis = (System.nanoTime() - start) / 1e6;
        if (round >= warmUp) {
          latencies.computeIfAbsent(request, r -> new ArrayList<>()).add(millis);
        }
      }
    }
    Map<Request, Samples> result = new EnumMap<>(Request.class);
    latencies.forEach((request, values) -> result.put(request, Samples.of(values)));
    return new Result(alliances, result, LoadAverage.oneMinute());
  }

  private Rest.Response tasklist(Rest representative) {
    return representative.post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        Map.of("active", true, "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
  }
}
