package org.alliancecompass.benchmark;

import static org.alliancecompass.benchmark.BenchmarkApplication.ORGANISATIONS;
import static org.alliancecompass.benchmark.BenchmarkApplication.USER_PASSWORD;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.alliancecompass.support.Rest;

/**
 * A partner representative's task list, as Tasklist loads it: the open tasks of their groups,
 * claimed or not, newest first (Tasklist's default sorting), 50 to a page, with the engine's
 * authorizations on. Measured both through {@code GET /engine-rest/task} and through the filter
 * list Tasklist itself calls (the shared filter "My group tasks", HAL, with the filter's
 * variables); for the product's tasks and for the baseline's, which are offered to the same
 * groups and live in the same tables. Each query is narrowed to one flavour's review process so
 * that both see the same number of rows. The representatives take turns, and the four queries
 * alternate, so that neither flavour has the warmer cache.
 *
 * <p>Also measures the cheapest authenticated call ({@code GET /engine-rest/engine}, the engine list Tasklist starts with; {@code /version} is for administrators only): what every
 * REST call pays for HTTP Basic and the engine's authentication before it does anything.
 */
final class TaskListQueries {

  static final int PAGE = 50;
  private static final String SORTING = "sortBy=created&sortOrder=desc";

  /** The two ways to ask. */
  enum Kind {
    REST("GET /engine-rest/task"),
    FILTER("Tasklist filter list (HAL)");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  /**
   * The latencies of one run, in milliseconds, and the fewest tasks a query listed (a full page of
   * {@value #PAGE} unless the database holds too few tasks for a representative).
   */
  record Result(Map<Kind, Map<Flavour, Samples>> queries, Samples authenticatedNoOp, int fewestListed,
      double loadAverage) {
  }

  private final Rest rest;
  private final String filterId;
  private int fewestListed = Integer.MAX_VALUE;

  TaskListQueries(Rest rest, String filterId) {
    this.rest = rest;
    this.filterId = filterId;
  }

  /** {@code warmUp} rounds not counted, then {@code samples} rounds of every query. */
  Result measure(int warmUp, int samples) {
    Map<Kind, Map<Flavour, List<Double>>> latencies = new EnumMap<>(Kind.class);
    List<Double> noOp = new ArrayList<>();
    for (int round = 0; round < warmUp + samples; round++) {
      String organisation = BenchmarkApplication.organisation(round % ORGANISATIONS);
      Rest representative = rest.as(BenchmarkApplication.representativeOf(organisation), USER_PASSWORD);
      boolean measured = round >= warmUp;
      for (Kind kind : Kind.values()) {
        List<Flavour> order = round % 2 == 0 ? List.of(Flavour.PRODUCT, Flavour.BASELINE)
            : List.of(Flavour.BASELINE, Flavour.PRODUCT);
        for (Flavour flavour : order) {
          double millis = time(representative, organisation, kind, flavour);
          if (measured) {
            latencies.computeIfAbsent(kind, k -> new EnumMap<>(Flavour.class))
                .computeIfAbsent(flavour, f -> new ArrayList<>()).add(millis);
          }
        }
      }
      long start = System.nanoTime();
      EngineApi.ok(representative.get("/engine-rest/engine"));
      if (measured) {
        noOp.add(millisSince(start));
      }
    }
    Map<Kind, Map<Flavour, Samples>> result = new EnumMap<>(Kind.class);
    latencies.forEach((kind, byFlavour) -> {
      Map<Flavour, Samples> samplesByFlavour = new EnumMap<>(Flavour.class);
      byFlavour.forEach((flavour, values) -> samplesByFlavour.put(flavour, Samples.of(values)));
      result.put(kind, samplesByFlavour);
    });
    return new Result(result, Samples.of(noOp), fewestListed, LoadAverage.oneMinute());
  }

  private double time(Rest representative, String organisation, Kind kind, Flavour flavour) {
    long start = System.nanoTime();
    Rest.Response response = EngineApi.ok(kind == Kind.REST ? restQuery(representative, organisation, flavour)
        : filterQuery(representative, flavour));
    double millis = millisSince(start);
    fewestListed = Math.min(fewestListed, tasksListed(kind, response.json()));
    return millis;
  }

  /**
   * The tasks offered to the user, as the filter's {@code taskCandidateUserExpression("${currentUser()}")}
   * (the REST API refuses expressions in ad hoc queries): those offered to them by name (the product's
   * assessments go to the partner's rater) or to one of their groups (the bare engine's go to the
   * organisation's group), claimed or not. Until 8 December this asked for the organisation's group,
   * which the product's assessments are not offered to, so its product figure timed an empty page.
   */
  private Rest.Response restQuery(Rest representative, String organisation, Flavour flavour) {
    return representative.get("/engine-rest/task?candidateUser=" + BenchmarkApplication.representativeOf(organisation)
        + "&includeAssignedTasks=true&active=true&processDefinitionKey=" + flavour.reviewKey()
        + "&" + SORTING + "&firstResult=0&maxResults=" + PAGE);
  }

  private Rest.Response filterQuery(Rest representative, Flavour flavour) {
    return representative.accepting("application/hal+json").post(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE,
        Map.of("processDefinitionKey", flavour.reviewKey(), "active", true,
            "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
  }

  private static int tasksListed(Kind kind, JsonNode body) {
    return kind == Kind.REST ? body.size() : body.path("_embedded").path("task").size();
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000.0;
  }
}
