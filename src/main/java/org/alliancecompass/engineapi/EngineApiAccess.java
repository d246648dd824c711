package org.alliancecompass.engineapi;

import static org.alliancecompass.engineapi.EngineApiAccess.Rule.CLAIM_FOR_ONESELF;
import static org.alliancecompass.engineapi.EngineApiAccess.Rule.NONE;
import static org.alliancecompass.engineapi.EngineApiAccess.Rule.ONESELF;
import static org.alliancecompass.engineapi.EngineApiAccess.Rule.OWN_CLAIM;
import static org.alliancecompass.engineapi.EngineApiAccess.Rule.VISIBLE_TASK;
import static org.alliancecompass.engineapi.EngineRole.BOARD;
import static org.alliancecompass.engineapi.EngineRole.EVERYONE;
import static org.alliancecompass.engineapi.EngineRole.LEGAL;
import static org.alliancecompass.engineapi.EngineRole.MANAGER;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine API each role may call, as one table: what Tasklist 7.24 calls for a person's work
 * (watched in a real browser, see the README's Security section), and for managers the start of an
 * alliance. Everything else is refused, on {@code /engine-rest} and on the webapps' engine API
 * ({@code /camunda/api/engine/engine/{name}}) alike; administrators may call everything.
 * Every operation allowed here is still subject to the engine's authorizations and to the forms'
 * rules. What a person changes outside a task goes through the product's commands
 * ({@code /api/alliances/...}), which the product checks and runs.
 */
final class EngineApiAccess {

  /** What else an allowed call must satisfy. */
  enum Rule {
    NONE,
    /** {@code {userId}} is the user who calls. */
    ONESELF,
    /** {@code {id}} is a task the user can see; any other id, existing or not, is "no such task" (404). */
    VISIBLE_TASK,
    /** A visible task, claimed for the user who calls and nobody else. */
    CLAIM_FOR_ONESELF,
    /**
     * A visible task the user has claimed: handing it back is theirs to do. The engine asks for the
     * right to assign the task to anyone, which nobody but an administrator has, so the product does it.
     */
    OWN_CLAIM
  }

  /** One row of the table: a method and path of the engine API, who may call it, and its rule. */
  record Allowed(String method, String template, Set<EngineRole> roles, Rule rule, String why) {

    Pattern pattern() {
      return Pattern.compile("^" + template.replaceAll("\\{[^/]+}", "(?!(?:" + NOT_AN_ID + ")(?:/|\\$))([^/]+)")
          + "$");
    }

    List<String> parameterNames() {
      List<String> names = new ArrayList<>();
      Matcher matcher = Pattern.compile("\\{([^/]+)}").matcher(template);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }
  }

  /** An allowed call, and the values of its path parameters. */
  record Match(Allowed allowed, Map<String, String> parameters) {
  }

  /**
   * The words the engine API uses as a path segment where a sibling operation takes an id
   * ({@code /task/count} beside {@code /task/{id}}, {@code /process-definition/statistics} beside
   * {@code /process-definition/{id}}): never an id, so that a row allows its own operation only.
   */
  static final String NOT_AN_ID = "count|create|report|statistics";

  static final List<Allowed> TABLE = List.of(
      // every signed-in user: Tasklist itself, the filters and the task list
      allow("GET", "/engine", EVERYONE, NONE, "the engines (Tasklist starts)"),
      allow("GET", "/user", EVERYONE, NONE, "users, as far as the engine shows them (assignee field)"),
      allow("GET", "/user/{userId}/profile", EVERYONE, ONESELF, "one's own name in the header"),
      allow("PUT", "/user/{userId}/profile", EVERYONE, ONESELF, "one's own name and e-mail (Welcome page)"),
      allow("PUT", "/user/{userId}/credentials", EVERYONE, ONESELF, "one's own password, given the current one"),
      allow("GET", "/identity/password-policy", EVERYONE, NONE, "the password rules (Welcome page)"),
      allow("POST", "/identity/password-policy", EVERYONE, NONE, "a new password checked against them"),
      allow("GET", "/group", EVERYONE, NONE, "one's own groups (Welcome page)"),
      allow("POST", "/group", EVERYONE, NONE, "the same, as a query with a body"),
      allow("GET", "/group/count", EVERYONE, NONE, "the number of one's groups"),
      allow("GET", "/filter", EVERYONE, NONE, "the filters in Tasklist's sidebar"),
      allow("OPTIONS", "/filter", EVERYONE, NONE, "whether one may create a filter"),
      allow("GET", "/filter/count", EVERYONE, NONE, "the number of filters"),
      allow("GET", "/filter/{id}", EVERYONE, NONE, "one filter"),
      allow("OPTIONS", "/filter/{id}", EVERYONE, NONE, "whether one may change it"),
      allow("GET", "/filter/{id}/list", EVERYONE, NONE, "the task list"),
      allow("POST", "/filter/{id}/list", EVERYONE, NONE, "the task list, sorted and searched"),
      allow("GET", "/filter/{id}/count", EVERYONE, NONE, "the number of tasks"),
      allow("POST", "/filter/{id}/count", EVERYONE, NONE, "the number of tasks, searched"),
      allow("GET", "/authorization", EVERYONE, NONE, "who may see a filter (filter dialog)"),
      allow("GET", "/authorization/count", EVERYONE, NONE, "the same, counted"),
      allow("GET", "/process-definition", EVERYONE, NONE, "the processes one may start (Start process)"),
      allow("GET", "/process-definition/count", EVERYONE, NONE, "the same, counted"),
      allow("GET", "/history/user-operation", EVERYONE, NONE, "a task's History tab"),
      allow("GET", "/history/user-operation/count", EVERYONE, NONE, "the same, counted"),
      // a person's own tasks
      allow("GET", "/task", EVERYONE, NONE, "one's next task after completing one"),
      allow("GET", "/task/{id}", VISIBLE_TASK, "a task"),
      allow("GET", "/task/{id}/form", VISIBLE_TASK, "which form it has"),
      allow("GET", "/task/{id}/deployed-form", VISIBLE_TASK, "the form"),
      allow("GET", "/task/{id}/form-variables", VISIBLE_TASK, "what the form shows"),
      allow("POST", "/task/{id}/claim", EVERYONE, CLAIM_FOR_ONESELF, "claim a task for oneself"),
      allow("POST", "/task/{id}/unclaim", EVERYONE, OWN_CLAIM, "hand a claimed task back"),
      allow("POST", "/task/{id}/submit-form", VISIBLE_TASK, "complete it with its form (the form's rules apply)"),
      allow("POST", "/task/{id}/complete", VISIBLE_TASK, "the same, without the form (the form's rules apply)"),
      // the diagram of one's tasks
      allow("GET", "/process-definition/{id}/xml", EnumSet.of(MANAGER, BOARD, LEGAL), NONE, "a task's Diagram tab"),
      allow("GET", "/process-definition/key/{key}/xml", EnumSet.of(MANAGER, BOARD, LEGAL), NONE, "the same, by key"),
      // managers propose alliances (the engine lets them start alliance-lifecycle only; its start form's rules apply)
      allow("GET", "/process-definition/{id}", MANAGER, "the process to start"),
      allow("GET", "/process-definition/key/{key}", MANAGER, "the same, by key"),
      allow("GET", "/process-definition/{id}/startForm", MANAGER, "its start form"),
      allow("GET", "/process-definition/key/{key}/startForm", MANAGER, "the same, by key"),
      allow("GET", "/process-definition/{id}/deployed-start-form", MANAGER, "the start form"),
      allow("GET", "/process-definition/key/{key}/deployed-start-form", MANAGER, "the same, by key"),
      allow("GET", "/process-definition/{id}/form-variables", MANAGER, "what the start form shows"),
      allow("GET", "/process-definition/key/{key}/form-variables", MANAGER, "the same, by key"),
      allow("POST", "/process-definition/{id}/submit-form", MANAGER, "propose an alliance (Start process)"),
      allow("POST", "/process-definition/key/{key}/submit-form", MANAGER, "the same, by key"),
      allow("POST", "/process-definition/{id}/start", MANAGER, "the same, with its start form's fields"),
      allow("POST", "/process-definition/key/{key}/start", MANAGER, "the same, by key"));

  private static final List<Pattern> PATTERNS = TABLE.stream().map(Allowed::pattern).toList();

  private EngineApiAccess() {
  }

  /** The row that allows this call for these roles, with its path parameters; empty when none does. */
  static Optional<Match> match(String method, String path, Set<EngineRole> roles) {
    String asked = "HEAD".equals(method) ? "GET" : method;
    for (int i = 0; i < TABLE.size(); i++) {
      Allowed allowed = TABLE.get(i);
      Matcher matcher = PATTERNS.get(i).matcher(path);
      if (allowed.method().equals(asked) && matcher.matches() && allowed.roles().stream().anyMatch(roles::contains)) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> names = allowed.parameterNames();
        for (int p = 0; p < names.size(); p++) {
          parameters.put(names.get(p), matcher.group(p + 1));
        }
        return Optional.of(new Match(allowed, parameters));
      }
    }
    return Optional.empty();
  }

  private static Allowed allow(String method, String template, EngineRole role, Rule rule, String why) {
    return new Allowed(method, template, EnumSet.of(role), rule, why);
  }

  private static Allowed allow(String method, String template, Set<EngineRole> roles, Rule rule, String why) {
    return new Allowed(method, template, roles, rule, why);
  }

  private static Allowed allow(String method, String template, Rule rule, String why) {
    return allow(method, template, EVERYONE, rule, why);
  }

  private static Allowed allow(String method, String template, EngineRole role, String why) {
    return allow(method, template, role, NONE, why);
  }
}
