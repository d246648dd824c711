package org.alliancecompass.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Least privilege: every role (each demo user and an anonymous visitor) against every surface (the
 * engine REST API, Tasklist, Cockpit, Admin, the dashboard's pages, the JSON API): allowed exactly
 * where the design says, refused everywhere else. A refusal is a 403 or a 404 for a thing that is
 * not the user's, or an empty list where Camunda filters a query by authorizations; an anonymous
 * visitor gets a 401 from an API and the login page from a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Least privilege")
class AccessMatrixIT extends InProcessApplication {

  static final String ANONYMOUS = "anonymous";
  static final List<String> USERS = List.of("admin", "mia", "bob", "lee", "nora", "carl", "cara", "ravi", ANONYMOUS);
  static final Set<String> EVERYONE = Set.of("admin", "mia", "bob", "lee", "nora", "carl", "cara", "ravi");
  static final Set<String> STAFF = Set.of("admin", "mia", "bob", "lee");
  static final Set<String> NORTH_CITY = Set.of("admin", "mia", "bob", "lee", "nora", "carl", "cara");

  private final Alliances alliances;
  private final TasklistClient tasklist;
  private Targets targets;

  AccessMatrixIT(@LocalServerPort int port, Alliances alliances) {
    super(port);
    this.alliances = alliances;
    this.tasklist = new TasklistClient(baseUrl());
  }

  /** What the surfaces are asked about: the demo alliances and Northside Hospital's open assessment. */
  record Targets(String northCity, String riverside, String noraAssessment) {
  }

  /**
   * A surface: how to call it, who the design lets in, and how an answer shows being let in.
   *
   * @param page a page (anonymous visitors are sent to the login page) rather than an API (401)
   */
  record Surface(String name, boolean page, BiFunction<Rest, Targets, Rest.Response> call, Set<String> allowed,
      Predicate<Rest.Response> letIn) {
  }

  record Check(Surface surface, String user) {
    @Override
    public String toString() {
      return user + " → " + surface.name();
    }
  }

  static List<Surface> surfaces() {
    List<Surface> surfaces = new ArrayList<>();
    surfaces.add(api("engine REST: own task list", (r, t) -> r.get("/engine-rest/task"), EVERYONE, ok()));
    surfaces.add(api("engine REST: propose an alliance (refused by the form if allowed, nothing created)",
        (r, t) -> r.post("/engine-rest/process-definition/key/alliance-lifecycle/start", Map.of()),
        Set.of("admin", "mia"), status(400)));
    surfaces.add(api("engine REST: running alliance processes (managers read the portfolio, not the engine)",
        (r, t) -> r.get("/engine-rest/process-instance/count?processDefinitionKey=alliance-lifecycle"),
        Set.of("admin"), countAbove(0)));
    surfaces.add(api("engine REST: partners' answers in history",
        (r, t) -> r.get("/engine-rest/history/variable-instance/count?variableName=trustCommitmentsHonoured"),
        Set.of("admin"), countAbove(0)));
    surfaces.add(api("engine REST: deployments", (r, t) -> r.get("/engine-rest/deployment/count"), Set.of("admin"),
        countAbove(0)));
    surfaces.add(api("engine REST: Northside Hospital's assessment",
        (r, t) -> r.get("/engine-rest/task/" + t.noraAssessment()), Set.of("admin", "nora"), ok()));
    surfaces.add(api("engine REST: Northside Hospital's assessment, what its form shows",
        (r, t) -> r.get("/engine-rest/task/" + t.noraAssessment() + "/form-variables"), Set.of("admin", "nora"), ok()));
    surfaces.add(api("engine REST: Northside Hospital's assessment, every variable (not Tasklist's)",
        (r, t) -> r.get("/engine-rest/task/" + t.noraAssessment() + "/variables"), Set.of("admin"), ok()));
    surfaces.add(api("engine REST: complete Northside Hospital's assessment (refused by the form if allowed)",
        (r, t) -> r.post("/engine-rest/task/" + t.noraAssessment() + "/complete", Map.of("variables", Map.of())),
        Set.of("admin", "nora"), status(400)));
    surfaces.add(api("engine REST: the ad hoc review message (a product command for managers; refused with 409 for "
        + "the administrator: a review is under way)",
        (r, t) -> r.post("/engine-rest/message", Map.of("messageName", "AdHocReviewRequested",
            "businessKey", t.northCity())), Set.of("admin"), status(409)));
    surfaces.add(page("Tasklist", (r, t) -> r.get("/camunda/app/tasklist/default/"), EVERYONE, ok()));
    surfaces.add(page("Cockpit", (r, t) -> r.get("/camunda/app/cockpit/default/"), Set.of("admin"), ok()));
    surfaces.add(page("Admin", (r, t) -> r.get("/camunda/app/admin/default/"), Set.of("admin"), ok()));
    surfaces.add(api("Cockpit's API", (r, t) -> r.get("/camunda/api/cockpit/plugin/base/default/process-definition"
        + "/statistics"), Set.of("admin"), ok()));
    surfaces.add(page("dashboard: portfolio", (r, t) -> r.get("/"), EVERYONE, ok()));
    surfaces.add(page("dashboard: my notifications (each person's own)", (r, t) -> r.get("/notifications"),
        EVERYONE, ok()));
    surfaces.add(page("dashboard: North City Frailty Alliance", (r, t) -> r.get("/alliances/" + t.northCity()),
        NORTH_CITY, ok()));
    surfaces.add(page("dashboard: Riverside Mental Health Partnership", (r, t) -> r.get("/alliances/" + t.riverside()),
        STAFF, ok()));
    surfaces.add(api("JSON API: portfolio", (r, t) -> r.get("/api/alliances"), EVERYONE, ok()));
    surfaces.add(api("JSON API: North City Frailty Alliance", (r, t) -> r.get("/api/alliances/" + t.northCity()),
        NORTH_CITY, ok()));
    surfaces.add(api("JSON API: Riverside's decisions",
        (r, t) -> r.get("/api/alliances/" + t.riverside() + "/decisions"), STAFF, ok()));
    surfaces.add(api("JSON API: North City's review history CSV",
        (r, t) -> r.accepting("text/csv").get("/api/alliances/" + t.northCity() + "/reviews.csv"), NORTH_CITY, ok()));
    surfaces.add(api("OpenAPI description", (r, t) -> r.get("/v3/api-docs"), EVERYONE, ok()));
    return surfaces;
  }

  static Stream<Check> matrix() {
    return surfaces().stream().flatMap(surface -> USERS.stream().map(user -> new Check(surface, user)));
  }

  @BeforeAll
  void targets() {
    String northCity = reference("North City Frailty Alliance");
    targets = new Targets(northCity, reference("Riverside Mental Health Partnership"),
        tasklist.await("nora", northCity, "Task_AssessPartnerHealth", 1).get(0).path("id").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matrix")
  @DisplayName("allowed where the design says, refused everywhere else")
  void access(Check check) {
    Surface surface = check.surface();
    boolean page = surface.page();
    Rest client = check.user().equals(ANONYMOUS)
        ? (page ? Rest.browserSession(baseUrl()) : rest())
        : (page ? Rest.browserSession(baseUrl()).as(check.user(), check.user()) : rest().as(check.user(), check.user()));

    Rest.Response response = surface.call().apply(client, targets);

    if (check.user().equals(ANONYMOUS)) {
      if (page) {
        assertThat(response.status()).as(response.toString()).isEqualTo(302);
        assertThat(response.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
      } else {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
      }
    } else if (surface.allowed().contains(check.user())) {
      assertThat(surface.letIn().test(response)).as("let in: " + response).isTrue();
    } else {
      assertThat(surface.letIn().test(response)).as("kept out: " + response).isFalse();
      assertThat(response.status() == 403 || response.status() == 404
          || response.status() == 200 && countAbove(0).negate().test(response))
          .as("refused with 403, 404 or nothing to see: " + response).isTrue();
    }
  }

  private static Surface api(String name, BiFunction<Rest, Targets, Rest.Response> call, Set<String> allowed,
      Predicate<Rest.Response> letIn) {
    return new Surface(name, false, call, allowed, letIn);
  }

  private static Surface page(String name, BiFunction<Rest, Targets, Rest.Response> call, Set<String> allowed,
      Predicate<Rest.Response> letIn) {
    return new Surface(name, true, call, allowed, letIn);
  }

  private static Predicate<Rest.Response> ok() {
    return status(200);
  }

  private static Predicate<Rest.Response> status(int status) {
    return response -> response.status() == status;
  }

  /** A count query (Camunda filters it by the caller's authorizations) that finds more than {@code n}. */
  private static Predicate<Rest.Response> countAbove(long n) {
    return response -> response.status() == 200 && response.body().contains("\"count\"")
        && response.json().path("count").asLong() > n;
  }

  private String reference(String name) {
    return alliances.findAll().stream().filter(a -> a.name().equals(name)).map(Alliance::reference).findFirst()
        .orElseThrow();
  }
}
