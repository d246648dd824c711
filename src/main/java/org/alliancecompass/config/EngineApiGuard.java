package org.alliancecompass.config;

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
import org.alliancecompass.taskform.SafeEcho;
import org.alliancecompass.taskform.TaskFormFields;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the engine REST API to the product's contracts where the engine itself cannot: a task's
 * {@code complete} (and {@code submit-form}, which the form guard checks again) carries only
 * fields of the task's form (the engine sets the variables it
 * carries before any listener could tell them from the process's own), and a message carries only
 * the variables the message is for ({@link LifecycleProcess#MESSAGE_PAYLOADS}). Without it, a
 * partner representative who may complete their assessment could also set, say, the review's
 * {@code gateOutcome}. A body that is not JSON is a 400 that says so. A refused request is a 400 in the engine API's own format, naming the
 * variable; a body larger than any form could need is a 413. Everything else passes untouched.
 */
class EngineApiGuard extends OncePerRequestFilter {

  /** Far more than the longest form submission (the form's own limits are checked later). */
  static final int MAX_BODY = 1_500_000;

  /** The engine REST API, and the same resources as Tasklist calls them under the webapps' API. */
  private static final String ENGINE_API = "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)";
  private static final Pattern COMPLETE = Pattern.compile(ENGINE_API + "/task/([^/]+)/(?:complete|submit-form)");
  private static final Pattern MESSAGE = Pattern.compile(ENGINE_API + "/message");

  private final ObjectMapper json;
  private final TaskFormFields forms;

  EngineApiGuard(ObjectMapper json, TaskFormFields forms) {
    this.json = json;
    this.forms = forms;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod()) || !(COMPLETE.matcher(path).matches() || MESSAGE.matcher(path).matches());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CachedBodyRequest cached = CachedBodyRequest.read(request, MAX_BODY);
    if (cached == null) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "The request body is larger than " + MAX_BODY + " bytes");
      return;
    }
    JsonNode body;
    try {
      body = cached.body().length == 0 ? json.createObjectNode() : json.readTree(cached.body());
    } catch (JsonProcessingException malformed) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST,
          "The request body is not valid JSON: " + SafeEcho.of(malformed.getOriginalMessage()));
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Matcher complete = COMPLETE.matcher(path);
    Optional<String> refusal = complete.matches()
        ? forms.unknownVariables(complete.group(1), names(body.path("variables")))
        : messageRefusal(body);
    if (refusal.isPresent()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, refusal.get());
      return;
    }
    chain.doFilter(cached, response);
  }

  /** A message of the lifecycle carries only its own variables; the engine answers unknown names. */
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

  private static List<String> names(JsonNode variables) {
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private void refuse(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", message));
  }
}
