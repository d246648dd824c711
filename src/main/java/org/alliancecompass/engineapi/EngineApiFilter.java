package org.alliancecompass.engineapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.identity.Groups;
import org.alliancecompass.taskform.SafeEcho;
import org.alliancecompass.taskform.TaskFormFields;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every call of the engine API, on {@code /engine-rest} and on the webapps' engine API alike, after
 * the caller is known:
 *
 * <ul>
 *   <li>outside the administrators, only what {@link EngineApiAccess} allows the caller's role,
 *       with its rule; anything else is refused (403), and any call about a task the caller cannot
 *       see is "no such task" (404), whether it exists or not;
 *   <li>a task's {@code complete} and {@code submit-form} carry only fields of the task's form (the
 *       engine sets what {@code complete} carries before any listener could tell it from the
 *       process's own), and a message of the lifecycle only the variables it is for;
 *   <li>a body is JSON where JSON is said, and no larger than any form could need (413).
 * </ul>
 *
 * A refusal is answered in the engine API's own format ({@code type}, {@code message}), in words,
 * and changes nothing: the engine is never called.
 */
class EngineApiFilter extends OncePerRequestFilter {

  /** Far more than the longest form submission (the form's own limits are checked later). */
  static final int MAX_BODY = 1_500_000;

  /** The engine REST API (one engine, or one of several by name), and the webapps' engine API. */
  private static final Pattern ENGINE_API =
      Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");
  private static final Pattern ENGINE_LIST = Pattern.compile("^(?:/engine-rest/engine|/camunda/api/engine/engine)/?$");
  /** A call about one task; {@code /task/count}, {@code /task/create} and {@code /task/report} are not about a task. */
  private static final Pattern TASK =
      Pattern.compile("^/task/(?!(?:" + EngineApiAccess.NOT_AN_ID + ")(?:/|$))([^/]+)(?:/.*)?$");
  private static final Pattern COMPLETE = Pattern.compile("^/task/([^/]+)/(?:complete|submit-form)$");
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final ObjectMapper json;
  private final TaskFormFields forms;
  private final EngineTasks tasks;

  EngineApiFilter(ObjectMapper json, TaskFormFields forms, EngineTasks tasks) {
    this.json = json;
    this.forms = forms;
    this.tasks = tasks;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    Optional<String> path = enginePath(uri);
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (path.isEmpty() || user == null || !user.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    String method = request.getMethod();
    HttpServletRequest body = request;
    JsonNode content = json.createObjectNode();
    if (WITH_BODY.contains(method)) {
      CachedBodyRequest cached = CachedBodyRequest.read(request, MAX_BODY);
      if (cached == null) {
        refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "PayloadTooLarge",
            "The request body is larger than " + MAX_BODY + " bytes");
        return;
      }
      Optional<String> malformed = malformed(request, cached.body());
      if (malformed.isPresent()) {
        refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", malformed.get());
        return;
      }
      body = cached;
      content = cached.body().length == 0 || !isJson(request) ? content : json.readTree(cached.body());
    }
    Optional<String> badQuery = queryProblem(request.getParameterMap(), content);
    if (badQuery.isPresent()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", badQuery.get());
      return;
    }
    List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    if (!groups.contains(Groups.ADMINS) && !permitted(method, path.get(), user.getName(), groups, content, response)) {
      return;
    }
    Optional<String> breach = contractBreach(method, path.get(), content);
    if (breach.isPresent()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", breach.get());
      return;
    }
    chain.doFilter(body, response);
  }

  /**
   * Whether a caller who is not an administrator may go on; when not, the refusal is written. A
   * call the product carries out itself (handing a claimed task back) is done here.
   */
  private boolean permitted(String method, String path, String user, List<String> groups, JsonNode content,
      HttpServletResponse response) throws IOException {
    Matcher task = TASK.matcher(path);
    if (task.matches() && !tasks.visible(task.group(1), user, groups)) {
      refuse(response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException",
          "There is no task " + SafeEcho.of(task.group(1)) + " that you can see: it does not exist, is not yours, "
              + "or was completed meanwhile; reload your task list");
      return false;
    }
    Optional<EngineApiAccess.Match> match = EngineApiAccess.match(method, path, EngineRole.of(groups));
    if (match.isEmpty()) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", method + " " + SafeEcho.of(path)
          + " is not open to you: outside the administrators, the engine API serves the work people do in "
          + "Tasklist" + (path.startsWith("/message") ? "; alliance requests (an ad hoc review, a dissolution) are made "
          + "on the alliance page or with POST /api/alliances/{reference}/..." : ""));
      return false;
    }
    Map<String, String> parameters = match.get().parameters();
    switch (match.get().allowed().rule()) {
      case ONESELF -> {
        if (!user.equals(parameters.get("userId"))) {
          refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "You can only see and change your own user");
          return false;
        }
      }
      case CLAIM_FOR_ONESELF -> {
        if (!user.equals(content.path("userId").asText(null))) {
          refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
              "You can claim a task for yourself only: userId must be " + user);
          return false;
        }
      }
      case OWN_CLAIM -> {
        if (!tasks.handBack(parameters.get("id"), user, groups)) {
          refuse(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
              "Only the person who has claimed a task can hand it back, and only to its group; a task of your own "
                  + "(your health assessment) stays yours");
          return false;
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        return false;
      }
      case NONE, VISIBLE_TASK -> {
        // the path has been checked above
      }
    }
    return true;
  }

  /** A task's completion carries only its form's fields; a lifecycle message only its own variables. */
  private Optional<String> contractBreach(String method, String path, JsonNode content) {
    if (!"POST".equals(method)) {
      return Optional.empty();
    }
    Matcher complete = COMPLETE.matcher(path);
    if (complete.matches()) {
      return forms.unknownVariables(complete.group(1), names(content.path("variables")));
    }
    return "/message".equals(path) ? messageRefusal(content) : Optional.empty();
  }

  /**
   * Query input the engine answers with a 500 (a database error, an exception naming its classes)
   * rather than a 400: paging that is no whole number of 0 or more, a candidate user and a
   * candidate group asked together, a sorting entry that is no object.
   */
  static Optional<String> queryProblem(Map<String, String[]> parameters, JsonNode body) {
    for (String paging : List.of("firstResult", "maxResults")) {
      String[] values = parameters.get(paging);
      String value = values != null && values.length > 0 ? values[0] : body.path(paging).isMissingNode()
          || body.path(paging).isNull() ? null : body.path(paging).asText();
      if (value != null && !value.matches("\\d{1,9}")) {
        return Optional.of(paging + " must be a whole number, 0 or more: " + SafeEcho.of(value));
      }
    }
    boolean candidateUser = parameters.containsKey("candidateUser") || body.hasNonNull("candidateUser");
    boolean candidateGroup = parameters.containsKey("candidateGroup") || parameters.containsKey("candidateGroups")
        || body.hasNonNull("candidateGroup") || body.hasNonNull("candidateGroups");
    if (candidateUser && candidateGroup) {
      return Optional.of("candidateUser and candidateGroup cannot be asked together: ask for one of them");
    }
    JsonNode sorting = body.path("sorting");
    if (!sorting.isMissingNode() && !sorting.isNull()) {
      if (!sorting.isArray()) {
        return Optional.of("sorting must be a list of {sortBy, sortOrder}");
      }
      for (JsonNode entry : sorting) {
        if (!entry.isObject() || !entry.path("sortBy").isTextual()) {
          return Optional.of("sorting: each entry is an object with a sortBy and a sortOrder");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> messageRefusal(JsonNode body) {
    Set<String> allowed = LifecycleProcess.MESSAGE_PAYLOADS.get(body.path("messageName").asText());
    if (allowed == null) {
      return Optional.empty();
    }
    List<String> unknown = new ArrayList<>();
    for (String field : List.of("processVariables", "processVariablesLocal", "processVariablesToTriggeredScope")) {
      names(body.path(field)).stream().filter(name -> !allowed.contains(name)).forEach(unknown::add);
    }
    return unknown.isEmpty() ? Optional.empty() : Optional.of("The message '" + body.path("messageName").asText()
        + "' carries only " + (allowed.isEmpty() ? "no variables" : allowed) + ", not " + unknown);
  }

  /** The path of a call within the engine API ({@code /task/...}, {@code /engine} for the engine list). */
  static Optional<String> enginePath(String uri) {
    if (ENGINE_LIST.matcher(uri).matches()) {
      return Optional.of("/engine");
    }
    Matcher matcher = ENGINE_API.matcher(uri);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String rest = matcher.group(1) == null ? "/" : matcher.group(1);
    return Optional.of(rest.length() > 1 && rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest);
  }

  /** What is wrong with a body that says it is JSON: not JSON, or the bare {@code null} the engine chokes on. */
  private Optional<String> malformed(HttpServletRequest request, byte[] body) {
    if (!isJson(request) || body.length == 0) {
      return Optional.empty();
    }
    try {
      JsonNode node = json.readTree(body);
      return node == null || node.isNull() || node.isMissingNode() || node.isValueNode()
          ? Optional.of("The request body must be a JSON object or array, got " + SafeEcho.of(new String(body,
              java.nio.charset.StandardCharsets.UTF_8).strip()))
          : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.of("The request body is not valid JSON: " + SafeEcho.of(e.getOriginalMessage()));
    } catch (IOException e) {
      return Optional.of("The request body cannot be read");
    }
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  private static List<String> names(JsonNode variables) {
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    json.writeValue(response.getOutputStream(), Map.of("type", type, "message", message));
  }
}
