package org.alliancecompass.engineapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.review.ReviewProcess;
import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TasklistClient;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every write operation Camunda publishes for the engine REST API (its own OpenAPI document,
 * {@code camunda-engine-rest-openapi}), called as each demo role on both mounts of the engine API,
 * with real ids of the demo data in the path: each call is one that role's table
 * ({@link EngineApiAccess}) allows, or it is refused with a 4xx and changes nothing. A new Camunda
 * version that publishes an operation this product has not seen fails {@link #theDocumentIsTheOneClassified()}.
 */
@DisplayName("The whole engine API surface, from Camunda's own description, per role")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineApiSurfaceIT extends InProcessApplication {

  /** Operations of the document other than OPTIONS (which nobody but an administrator may call but on filters). */
  private static final int OPERATIONS = 386;
  private static final int WRITES = 191;
  private static final int OPTIONS = 13;
  private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "DELETE", "PATCH");
  private static final String ANONYMOUS = "anonymous";
  private static final List<String> CALLERS = List.of("mia", "bob", "lee", "nora", "ravi", ANONYMOUS);
  private static final String ENGINE_REST = "/engine-rest";
  private static final String WEBAPPS = "/camunda/api/engine/engine/default";
  private static final String NO_SUCH_ID = "no-such-id";
  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  /** Written by the engine in the background, whatever anyone calls (metrics). */
  private static final Set<String> BACKGROUND_TABLES = Set.of("ACT_RU_METER_LOG", "ACT_RU_TASK_METER_LOG",
      "ACT_GE_PROPERTY");

  /**
   * The rows of tables that the engine's own housekeeping changes by the clock, whatever a call does:
   * in its window (01:00 to 05:00, {@code application.yaml}) the history cleanup job runs again and
   * again, each time updating its row and logging the run. A test run in those hours saw it as a change.
   */
  private static final Map<String, String> WITHOUT_HOUSEKEEPING = Map.of(
      "ACT_RU_JOB", " where HANDLER_TYPE_ <> 'history-cleanup'",
      "ACT_HI_JOB_LOG", " where JOB_ID_ not in (select ID_ from ACT_RU_JOB where HANDLER_TYPE_ = 'history-cleanup')");

  private final TasklistClient tasklist;
  private final Alliances alliances;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final RepositoryService repository;
  private final FilterService filters;
  private final AuthorizationService authorizations;
  private final HistoryService history;
  private final EngineTasks engineTasks;
  private final JdbcClient jdbc;

  private List<Operation> operations;
  private String lifecycle;
  private String review;
  private final Map<String, String> ids = new LinkedHashMap<>();
  private final Map<String, Optional<String>> visibleTasks = new LinkedHashMap<>();
  private final Map<String, String> invisibleTasks = new LinkedHashMap<>();

  EngineApiSurfaceIT(@LocalServerPort int port, Alliances alliances, RuntimeService runtime, TaskService tasks,
      IdentityService identity, ManagementService management, RepositoryService repository, FilterService filters,
      AuthorizationService authorizations, HistoryService history, EngineTasks engineTasks, JdbcClient jdbc) {
    super(port);
    this.tasklist = new TasklistClient(baseUrl());
    this.alliances = alliances;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
    this.repository = repository;
    this.filters = filters;
    this.authorizations = authorizations;
    this.history = history;
    this.engineTasks = engineTasks;
    this.jdbc = jdbc;
  }

  /**
   * One operation of the document: its method, its path template, whether it takes a body, its
   * query parameters (name to schema) and the properties of its JSON body (name to schema).
   */
  record Operation(String method, String template, boolean body, Map<String, JsonNode> query,
      Map<String, JsonNode> bodyProperties) {

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  @BeforeAll
  void demoData() throws IOException {
    operations = document();
    Alliance northCity = alliances.findAll().stream().filter(a -> a.name().equals("North City Frailty Alliance"))
        .findFirst().orElseThrow();
    // the demo's running review, with nora's own health assessment in it
    tasklist.await("nora", northCity.reference(), "Task_AssessPartnerHealth", 1);
    lifecycle = northCity.processInstanceId();
    review = runtime.createProcessInstanceQuery().processInstanceBusinessKey(northCity.reference())
        .processDefinitionKey(ReviewProcess.KEY).list().stream().map(ProcessInstance::getId).findFirst()
        .orElseThrow();
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(lifecycle).singleResult();
    ids.put("process-definition", instance.getProcessDefinitionId());
    ids.put("deployment", repository.createDeploymentQuery().list().get(0).getId());
    ids.put("job", management.createJobQuery().list().stream().findFirst().map(job -> job.getId()).orElse(NO_SUCH_ID));
    ids.put("job-definition", management.createJobDefinitionQuery().list().get(0).getId());
    ids.put("decision-definition", repository.createDecisionDefinitionQuery().list().stream().findFirst()
        .map(definition -> definition.getId()).orElse(NO_SUCH_ID));
    ids.put("filter", filters.createFilterQuery().list().get(0).getId());
    ids.put("authorization", authorizations.createAuthorizationQuery().list().get(0).getId());
    ids.put("history/variable-instance", history.createHistoricVariableInstanceQuery().processInstanceId(lifecycle)
        .list().get(0).getId());
    // a member of one organisation, and another organisation it must not join
    ids.put("user", "cleo");
    ids.put("group", "northside-hospital");
  }

  @TestFactory
  @DisplayName("every write, as each role, on both mounts: allowed by the table, or refused with nothing changed")
  Stream<DynamicNode> everyWriteAsEveryRole() {
    List<Operation> writes = operations.stream().filter(operation -> WRITE_METHODS.contains(operation.method()))
        .toList();
    return batches(CALLERS, (caller, mount, client) -> writes.stream().flatMap(operation ->
        paths(operation, caller).entrySet().stream().map(path -> (DynamicNode) dynamicTest(operation + " "
            + path.getKey(), () -> call(client.get(), caller, mount, operation, path.getValue())))).toList());
  }

  @TestFactory
  @DisplayName("every operation a role may call, fed bad input from its published parameters: a 4xx in words, "
      + "nothing changed")
  Stream<DynamicNode> everyAllowedOperationWithBadInput() {
    return batches(List.of("nora", "mia", "bob", "lee"), (caller, mount, client) -> operations.stream()
        .flatMap(operation -> ownPath(operation, caller).stream().map(path -> (DynamicNode) dynamicContainer(
            operation.toString(), badInputs(operation).stream().map(input -> dynamicTest(input.toString(), () ->
                feed(client.get(), caller, mount, operation, path, input))))))
        .toList());
  }

  /** The calls of one batch: one caller on one mount, with the client that batch signs in with. */
  interface Calls {
    List<DynamicNode> of(String caller, String mount, AtomicReference<Rest> client);
  }

  /**
   * A batch per caller and mount: it signs in, makes its calls, and at the end finds every table
   * with the rows it had at the start.
   */
  private Stream<DynamicNode> batches(List<String> callers, Calls calls) {
    List<DynamicNode> batches = new ArrayList<>();
    for (String mount : List.of(ENGINE_REST, WEBAPPS)) {
      for (String caller : callers) {
        AtomicReference<Map<String, Object>> atStart = new AtomicReference<>();
        AtomicReference<Rest> client = new AtomicReference<>();
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("signs in", () -> {
          client.set(client(caller, mount));
          atStart.set(tables());
        }));
        nodes.addAll(calls.of(caller, mount, client));
        nodes.add(dynamicTest("nothing changed in any table after the batch", () ->
            assertThat(differences(atStart.get(), tables())).as(caller + " on " + mount).isEmpty()));
        batches.add(dynamicContainer(caller + " on " + mount, nodes));
      }
    }
    return batches.stream();
  }

  /**
   * One piece of bad input: a query parameter's value, or a JSON body; {@code typed} when the
   * document says the value cannot be right (wrong type, not in its enumeration, not JSON), as
   * opposed to an odd text that a search may legitimately find nothing for.
   */
  record BadInput(String parameter, String value, String body, boolean typed) {

    @Override
    public String toString() {
      return body != null ? "body " + body : parameter + "=" + value;
    }
  }

  private void feed(Rest client, String caller, String mount, Operation operation, String path, BadInput input) {
    // given
    Map<String, Object> before = fingerprint();
    String uri = mount + path + (input.parameter() == null ? "" : "?" + input.parameter() + "="
        + java.net.URLEncoder.encode(input.value(), StandardCharsets.UTF_8));

    // when
    Rest.Response response = input.body() != null
        ? client.send(operation.method(), uri, "application/json", input.body())
        : operation.body() ? client.send(operation.method(), uri, "application/json", "{}")
        : client.send(operation.method(), uri);

    // then
    String what = caller + ": " + operation.method() + " " + uri + " " + input + " -> " + response;
    assertThat(response.status()).as(what).isLessThan(500);
    if (input.typed()) {
      assertThat(response.status()).as(what).isBetween(400, 499);
    }
    if (response.status() >= 400) {
      assertThat(response.body()).as(what).doesNotContainPattern("org\\.camunda|java\\.|Exception:|\\$Proxy");
      assertThat(response.json().path("message").asText()).as(what).isNotBlank();
      assertThat(differences(before, fingerprint())).as(what).isEmpty();
    }
  }

  /** The path of an operation the caller may call: their own user, a task of theirs, the demo's ids. */
  private Optional<String> ownPath(Operation operation, String caller) {
    Set<EngineRole> roles = EngineRole.of(groups(caller));
    return paths(operation, caller).values().stream().map(path -> path.replace("/user/ravi/", "/user/" + caller + "/"))
        .filter(path -> EngineApiAccess.match(operation.method(), path, roles).isPresent()).findFirst();
  }

  /** Bad values for each query parameter by its schema, and for a body: no JSON object, each property of the wrong type. */
  private static List<BadInput> badInputs(Operation operation) {
    List<BadInput> inputs = new ArrayList<>();
    operation.query().forEach((name, schema) -> {
      String type = schema.path("type").asText();
      if (schema.has("enum")) {
        inputs.add(new BadInput(name, "nonsense", null, true));
      } else if (type.equals("integer")) {
        inputs.add(new BadInput(name, "x", null, true));
        inputs.add(new BadInput(name, "-2", null, name.endsWith("Results")));
        inputs.add(new BadInput(name, "99999999999999999999", null, true));
      } else if (type.equals("boolean")) {
        inputs.add(new BadInput(name, "maybe", null, true));
      } else if ("date-time".equals(schema.path("format").asText())) {
        inputs.add(new BadInput(name, "yesterday", null, true));
      } else {
        inputs.add(new BadInput(name, "x' OR '1'='1\"<>%_\\", null, false));
      }
    });
    if (operation.body()) {
      for (String whole : List.of("null", "[]", "1", "\"text\"", "{not json", "{\"a\":")) {
        inputs.add(new BadInput(null, null, whole, true));
      }
      operation.bodyProperties().forEach((name, schema) ->
          inputs.add(new BadInput(null, null, "{\"" + name + "\":" + wrongType(schema) + "}", true)));
    }
    return inputs;
  }

  /** A JSON value that the schema cannot take. */
  private static String wrongType(JsonNode schema) {
    return switch (schema.path("type").asText("object")) {
      case "string" -> schema.has("enum") ? "\"nonsense\"" : "{\"a\":1}";
      case "integer", "number", "boolean" -> "\"x\"";
      case "array" -> "5";
      default -> "5";
    };
  }

  /** "Not there" (404) is for an id in the path that the caller may not see; a refusal of anything else is a 403. */
  private void call(Rest client, String caller, String mount, Operation operation, String path) {
    // given
    Map<String, Object> before = fingerprint();
    boolean allowed = !ANONYMOUS.equals(caller) && EngineApiAccess.match(operation.method(), path,
        EngineRole.of(groups(caller))).isPresent();

    // when
    Rest.Response response = operation.body()
        ? client.send(operation.method(), mount + path, "application/json", "{}")
        : client.send(operation.method(), mount + path);

    // then
    String what = caller + ": " + operation.method() + " " + mount + path + " -> " + response;
    assertThat(response.status()).as(what).isLessThan(500);
    if (allowed) {
      return;
    }
    assertThat(response.status()).as(what).isIn(ANONYMOUS.equals(caller) ? Set.of(401)
        : operation.template().contains("{") ? Set.of(403, 404) : Set.of(403));
    assertThat(response.body()).as(what).doesNotContain("org.camunda").doesNotContain("Exception:");
    assertThat(differences(before, fingerprint())).as(what).isEmpty();
  }

  @Test
  @DisplayName("the document holds exactly the operations classified here; every row of the table is one of them")
  void theDocumentIsTheOneClassified() throws IOException {
    // given
    List<String> published = operations.stream().map(Operation::toString).sorted().toList();
    List<String> classified;
    try (InputStream in = getClass().getResourceAsStream("/engine-rest-operations.txt")) {
      classified = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank()).toList();
    }

    // then: a new Camunda version's new operations are named, so someone decides who (if anyone) may call them
    Set<String> added = new TreeSet<>(published);
    classified.forEach(added::remove);
    Set<String> removed = new TreeSet<>(classified);
    published.forEach(removed::remove);
    assertThat(added).as("operations Camunda publishes that nobody classified: add them to "
        + "engine-rest-operations.txt (refused to everyone but administrators) or to EngineApiAccess.TABLE").isEmpty();
    assertThat(removed).as("operations classified that Camunda no longer publishes").isEmpty();
    assertThat(published.stream().filter(op -> !op.startsWith("OPTIONS "))).hasSize(OPERATIONS);
    assertThat(published.stream().filter(op -> op.startsWith("OPTIONS "))).hasSize(OPTIONS);
    assertThat(operations.stream().filter(op -> WRITE_METHODS.contains(op.method()))).hasSize(WRITES);
    Set<String> shapes = new TreeSet<>(operations.stream().map(op -> op.method() + " " + shape(op.template())).toList());
    assertThat(EngineApiAccess.TABLE).allSatisfy(row -> assertThat(shapes)
        .as("a row of EngineApiAccess.TABLE that no published operation matches")
        .contains(row.method() + " " + shape(row.template())));
  }

  @Test
  @DisplayName("each row of the table allows its own published operation and no sibling (/task/count is not a task)")
  void eachRowAllowsOneOperation() {
    Set<EngineRole> everyRole = java.util.EnumSet.allOf(EngineRole.class);
    for (Operation operation : operations) {
      String path = PARAMETER.matcher(operation.template()).replaceAll("x");
      EngineApiAccess.match(operation.method(), path, everyRole).ifPresent(match ->
          assertThat(shape(match.allowed().template())).as(operation + " is allowed by the row for "
              + match.allowed().template()).isEqualTo(shape(operation.template())));
    }
  }

  /** The operations of Camunda's OpenAPI document of the engine REST API. */
  private static List<Operation> document() throws IOException {
    JsonNode document;
    try (InputStream in = EngineApiSurfaceIT.class.getResourceAsStream("/openapi.json")) {
      document = new ObjectMapper().readTree(Objects.requireNonNull(in, "openapi.json of camunda-engine-rest-openapi"));
    }
    JsonNode paths = document.path("paths");
    List<Operation> found = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> each = paths.fields(); each.hasNext(); ) {
      Map.Entry<String, JsonNode> path = each.next();
      for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
        Map.Entry<String, JsonNode> method = methods.next();
        String name = method.getKey().toUpperCase(java.util.Locale.ROOT);
        if (Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD").contains(name)) {
          JsonNode spec = method.getValue();
          Map<String, JsonNode> query = new LinkedHashMap<>();
          spec.path("parameters").forEach(parameter -> {
            if ("query".equals(parameter.path("in").asText())) {
              query.put(parameter.path("name").asText(), parameter.path("schema"));
            }
          });
          JsonNode schema = resolve(document, spec.path("requestBody").path("content").path("application/json")
              .path("schema"));
          if (schema.path("properties").isEmpty() && path.getKey().startsWith("/filter/")) {
            // a filter's list and count take the query of the filter's resource: a task query
            schema = resolve(document, paths.path("/task").path("post").path("requestBody").path("content")
                .path("application/json").path("schema"));
          }
          Map<String, JsonNode> properties = new LinkedHashMap<>();
          schema.path("properties").fields().forEachRemaining(property ->
              properties.put(property.getKey(), resolve(document, property.getValue())));
          found.add(new Operation(name, path.getKey(), spec.has("requestBody"), query, properties));
        }
      }
    }
    return found;
  }

  private static JsonNode resolve(JsonNode document, JsonNode schema) {
    String reference = schema.path("$ref").asText("");
    return reference.startsWith("#/") ? document.at(reference.substring(1)) : schema;
  }

  private static String shape(String template) {
    return PARAMETER.matcher(template).replaceAll("{}");
  }

  /**
   * The paths to call for an operation, by what they name: for a task, one the caller can see (if
   * any) and another organisation's; for a process instance, the alliance's lifecycle and its
   * running review; the demo's own ids elsewhere, a dummy where the demo has none.
   */
  private Map<String, String> paths(Operation operation, String caller) {
    Map<String, String> paths = new LinkedHashMap<>();
    String template = operation.template();
    String resource = template.startsWith("/history/") ? "history/" + template.split("/")[2] : template.split("/")[1];
    if (!template.contains("{id}")) {
      paths.put("", fill(template, NO_SUCH_ID));
    } else if (resource.equals("task")) {
      visibleTasks.computeIfAbsent(caller, this::visibleTask)
          .ifPresent(task -> paths.put("(a task of theirs)", fill(template, task)));
      paths.put("(another organisation's task)", fill(template, invisibleTasks.computeIfAbsent(caller,
          this::invisibleTask)));
    } else if (resource.equals("process-instance")) {
      paths.put("(the alliance's lifecycle)", fill(template, lifecycle));
      paths.put("(its running review)", fill(template, review));
    } else if (resource.equals("execution") || resource.equals("history/process-instance")) {
      paths.put("(the alliance's lifecycle)", fill(template, lifecycle));
    } else {
      String id = ids.getOrDefault(resource, NO_SUCH_ID);
      paths.put(id.equals(NO_SUCH_ID) ? "(a dummy id)" : "(the demo's " + resource + ")", fill(template, id));
    }
    return paths;
  }

  private String fill(String template, String id) {
    Matcher matcher = PARAMETER.matcher(template);
    StringBuilder path = new StringBuilder();
    while (matcher.find()) {
      String value = switch (matcher.group(1)) {
        case "id" -> id;
        case "key" -> LifecycleProcess.KEY;
        case "varName" -> "reviewCycle";
        case "userId" -> "ravi";
        case "groupId" -> "northside-hospital";
        case "messageName" -> "DissolutionRequested";
        default -> NO_SUCH_ID;
      };
      matcher.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(path);
    return path.toString();
  }

  /**
   * A task of the alliance the caller may see, preferring one of their own that they cannot hand
   * back (nora's own assessment), then one nobody holds: a task they have claimed from their group
   * they may hand back, an allowed write that would change the tables the batch compares.
   */
  private Optional<String> visibleTask(String caller) {
    if (ANONYMOUS.equals(caller)) {
      return Optional.empty();
    }
    List<String> groups = groups(caller);
    return tasks.createTaskQuery().orderByTaskId().asc().list().stream()
        .filter(task -> engineTasks.visible(task.getId(), caller, groups))
        .sorted(java.util.Comparator.comparingInt(task -> preference(task, caller)))
        .map(Task::getId).findFirst();
  }

  private int preference(Task task, String caller) {
    if (caller.equals(task.getAssignee())) {
      boolean ofAGroup = tasks.getIdentityLinksForTask(task.getId()).stream()
          .anyMatch(link -> link.getGroupId() != null);
      return ofAGroup ? 2 : 0;
    }
    return task.getAssignee() == null ? 1 : 3;
  }

  /** A task the caller may not see: nora's own assessment, or for nora another organisation's. */
  private String invisibleTask(String caller) {
    List<String> groups = ANONYMOUS.equals(caller) ? List.of() : groups(caller);
    return tasks.createTaskQuery().processInstanceId(review).orderByTaskId().asc().list().stream()
        .sorted((a, b) -> Boolean.compare(!"nora".equals(a.getAssignee()), !"nora".equals(b.getAssignee())))
        .map(Task::getId).filter(task -> ANONYMOUS.equals(caller) || !engineTasks.visible(task, caller, groups))
        .findFirst().orElse(NO_SUCH_ID);
  }

  private List<String> groups(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  /**
   * A client as the caller: HTTP Basic on the engine REST API; on the webapps' engine API the
   * session Tasklist has, with Camunda's CSRF token in its header, so that the token is not what refuses.
   */
  private Rest client(String caller, String mount) {
    if (ANONYMOUS.equals(caller)) {
      return rest();
    }
    if (mount.equals(ENGINE_REST)) {
      return tasklist.as(caller);
    }
    Rest session = Rest.browserSession(baseUrl()).as(caller, caller).accepting("application/json");
    Rest.Response first = session.header("X-XSRF-TOKEN", "Fetch").get(WEBAPPS + "/filter");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    String token = first.header("X-XSRF-TOKEN").or(() -> first.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).map(cookie -> cookie.split("[=;]")[1]).findFirst())
        .orElseThrow(() -> new AssertionError("no CSRF token for " + caller + ": " + first.headers().map()));
    return session.header("X-XSRF-TOKEN", token);
  }

  /**
   * What a refused call must not change, cheap enough to take around each call: the process
   * instances and their activities, the tasks and who holds them, every variable, job, identity,
   * authorization and filter (each row with its revision), the alliances' state and the decision register.
   */
  private Map<String, Object> fingerprint() {
    Map<String, Object> fingerprint = new TreeMap<>();
    fingerprint.put("process instances", runtime.createProcessInstanceQuery().count());
    fingerprint.put("tasks and assignees", tasks.createTaskQuery().list().stream()
        .map(task -> task.getId() + "=" + task.getAssignee()).sorted().toList());
    fingerprint.put("variables of the lifecycle", new TreeMap<>(runtime.getVariables(lifecycle)).toString());
    fingerprint.put("variables of the review", new TreeMap<>(runtime.getVariables(review)).toString());
    for (String table : List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_JOBDEF",
        "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_FILTER", "ACT_RU_EVENT_SUBSCR", "ACT_RU_INCIDENT",
        "ACT_RE_PROCDEF", "ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_TENANT")) {
      fingerprint.put(table, jdbc.sql("select ID_ || ':' || REV_ from " + table
          + WITHOUT_HOUSEKEEPING.getOrDefault(table, "") + " order by ID_").query(String.class).list());
    }
    fingerprint.put("ACT_ID_MEMBERSHIP", jdbc.sql("select USER_ID_ || ':' || GROUP_ID_ from ACT_ID_MEMBERSHIP "
        + "order by 1").query(String.class).list());
    fingerprint.put("alliances", jdbc.sql("select reference || ':' || status from alliance order by 1")
        .query(String.class).list());
    fingerprint.put("decision_record", jdbc.sql("select count(*) from decision_record").query(Long.class).single());
    return fingerprint;
  }

  /** The number of rows of every table, the engine's and the product's: taken once per batch. */
  private Map<String, Object> tables() {
    Map<String, Object> counts = new TreeMap<>();
    for (String table : jdbc.sql("select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = 'PUBLIC' "
        + "and TABLE_TYPE = 'BASE TABLE'").query(String.class).list()) {
      String name = table.toUpperCase(java.util.Locale.ROOT);
      if (!BACKGROUND_TABLES.contains(name)) {
        counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"" + WITHOUT_HOUSEKEEPING.getOrDefault(name, ""))
            .query(Long.class).single());
      }
    }
    counts.putAll(fingerprint());
    return counts;
  }

  private static Map<String, String> differences(Map<String, Object> before, Map<String, Object> after) {
    Map<String, String> differences = new TreeMap<>();
    Set<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    for (String key : keys) {
      if (!Objects.equals(before.get(key), after.get(key))) {
        differences.put(key, before.get(key) + " -> " + after.get(key));
      }
    }
    return differences;
  }
}
