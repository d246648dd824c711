package org.alliancecompass.engineapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.alliancecompass.taskform.ConflictingRequest;
import org.alliancecompass.taskform.SafeEcho;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ParamException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The engine REST API, with the answers a caller can act on where Camunda answers 500:
 * <ul>
 *   <li>bad form data is a 400 wherever it is found (Camunda answers so for {@code submit-form}
 *       and {@code complete}, but reports a start form's broken rule as a 500);</li>
 *   <li>two people (or two nodes) changing the same thing at once: the loser's transaction is
 *       rolled back by the engine's optimistic locking and answered 409, to reload and try again;</li>
 *   <li>a task that vanished meanwhile (completed by a colleague, or the process moved on) is a 404
 *       for {@code submit-form}, {@code complete} and {@code claim}, also where the engine noticed
 *       it as a missing authorization;</li>
 *   <li>claiming a task someone else has claimed is a 409;</li>
 *   <li>asking for an ad hoc review while one is under way is a 409;</li>
 *   <li>a query parameter of the wrong type ({@code maxResults=x}, {@code itemCount=maybe},
 *       {@code version=-2}) is a 400 saying what it must be, where Camunda names Java types, takes
 *       any word for {@code false}, or answers 500.</li>
 * </ul>
 * No answer names a Java class.
 * Nothing changes for the caller but the status and the message: the engine has already rolled back.
 */
@Component
@ConditionalOnWebApplication
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  static final String CONCURRENT_CHANGE =
      "Someone else changed this at the same time; reload and try again.";
  static final String TASK_GONE =
      "This task no longer exists: someone else completed it, or the process moved on; reload your task list.";
  static final String TASK_CLAIMED =
      "Someone else has already claimed this task; reload your task list.";

  /** The engine's message when a command is given the id of a task that does not exist (any more). */
  private static final String TASK_NOT_FOUND_PREFIX = "Cannot find task with id";

  @Override
  protected void registerAdditionalResources() {
    PROVIDERS.forEach(this::register);
  }

  /** The answers and parameter readers of this class, on both mounts of the engine API (see {@link EngineApiConfiguration}). */
  static final List<Class<?>> PROVIDERS = List.of(RestExceptions.class, EngineExceptions.class, BodyMismatches.class,
      StrictBooleans.class, ParameterMismatches.class);

  /**
   * A yes-or-no query parameter of a REST resource ({@code itemCount}, {@code deserializeValues})
   * is {@code true} or {@code false}: JAX-RS would read any other word as {@code false}. A
   * primitive one without a default is left to JAX-RS, which gives it {@code false} when it is
   * missing (a converter is never asked for a missing value).
   */
  public static class StrictBooleans implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
      boolean withDefault = java.util.Arrays.stream(annotations).anyMatch(jakarta.ws.rs.DefaultValue.class::isInstance);
      if (rawType != Boolean.class && !(rawType == boolean.class && withDefault)) {
        return null;
      }
      return (ParamConverter<T>) new ParamConverter<Boolean>() {
        @Override
        public Boolean fromString(String value) {
          return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("true or false");
          };
        }

        @Override
        public String toString(Boolean value) {
          return String.valueOf(value);
        }
      };
    }
  }

  /** A query or path parameter that could not be read: a 400 naming it, where JAX-RS answers 404. */
  @Priority(1)
  public static class ParameterMismatches implements ExceptionMapper<ParamException> {

    @Override
    public Response toResponse(ParamException exception) {
      String reason = exception.getCause() instanceof IllegalArgumentException wrong && "true or false".equals(
          wrong.getMessage()) ? "true or false" : "of the type the request takes";
      return answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
          SafeEcho.of(exception.getParameterName()) + " must be " + reason);
    }
  }

  /**
   * Exceptions a REST resource wrapped (e.g. {@code submit-form} wraps every engine exception as a
   * 500). Takes precedence over Camunda's own mapper of the same exception type.
   */
  @Priority(1)
  public static class RestExceptions implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return clientError(exception).orElseGet(() -> inPlainWords(camunda.toResponse(exception)));
    }
  }

  /**
   * Engine exceptions a REST resource lets through unwrapped (e.g. {@code claim}). Takes
   * precedence over Camunda's own mapper of the same exception type.
   */
  @Priority(1)
  public static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return clientError(exception).orElseGet(() -> inPlainWords(camunda.toResponse(exception)));
    }
  }

  /**
   * A JSON body of the wrong shape ({@code "variables": 5}): a 400 naming the field and what it
   * must be, where Camunda's own mapper answers in plain text with Jackson's message, which names
   * Java types. Takes precedence over Camunda's mapper of the same exception type.
   */
  @Priority(1)
  public static class BodyMismatches implements ExceptionMapper<JsonMappingException> {

    @Override
    public Response toResponse(JsonMappingException exception) {
      return answer(Response.Status.BAD_REQUEST, "InvalidRequestException", mismatch(exception));
    }
  }

  /** The field a body got wrong, by its path ({@code variables}, {@code sorting[0].sortBy}), and what it must be. */
  static String mismatch(JsonMappingException exception) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : exception.getPath()) {
      if (reference.getFieldName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    String where = field.isEmpty() ? "The request body" : SafeEcho.of(field.toString());
    Class<?> target = exception instanceof MismatchedInputException mismatched ? mismatched.getTargetType() : null;
    return where + (target == null ? " does not have the form this request takes"
        : " must be " + expected(target));
  }

  private static String expected(Class<?> target) {
    if (java.util.Map.class.isAssignableFrom(target)) {
      return "a JSON object of named values";
    }
    if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "a JSON list";
    }
    if (CharSequence.class.isAssignableFrom(target) || target.isEnum()) {
      return "a text";
    }
    if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
      return "a number";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "true or false";
    }
    if (java.util.Date.class.isAssignableFrom(target)) {
      return "a date and time, such as 2026-12-16T17:00:00.000+0000";
    }
    return target == Object.class ? "a value of the type the request takes" : "a JSON object";
  }

  /** Camunda's message for a query parameter it could not convert: it names the Java type. */
  private static final Pattern CONVERSION = Pattern.compile("^Cannot set query parameter '([^']*)' to value '(.*)': "
      + "Cannot convert value .* to java type ([\\w.$]+)$", Pattern.DOTALL);
  /** A Java class named in full in a message of the engine. */
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("\\b(?:org\\.camunda|org\\.glassfish|java|javax|jakarta|com\\.fasterxml)(?:\\.\\w+)+(?:\\$\\w+)*");
  /** The engine's message for a paging or version parameter that is not positive, which it answers 500. */
  private static final Pattern NOT_POSITIVE = Pattern.compile("^(\\w+) is not greater than 0$");

  /** Camunda's own answer, with its message in plain words (no Java types, no echoed markup). */
  static Response inPlainWords(Response camunda) {
    if (camunda.getEntity() instanceof ExceptionDto body && body.getMessage() != null) {
      body.setMessage(plainWords(body.getMessage()));
    }
    return camunda;
  }

  static String plainWords(String message) {
    Matcher conversion = CONVERSION.matcher(message);
    if (conversion.matches()) {
      return SafeEcho.of(conversion.group(1)) + " must be " + expected(type(conversion.group(3))) + ", not "
          + SafeEcho.of(conversion.group(2));
    }
    return QUALIFIED_NAME.matcher(message).replaceAll(name -> {
      String simple = name.group().substring(name.group().lastIndexOf('.') + 1);
      return Matcher.quoteReplacement(simple.replaceAll("(Dto|Impl|Entity)$", "").replace('$', ' '));
    });
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException | LinkageError e) {
      return Object.class;
    }
  }

  /** The 4xx answer for an exception whose cause the caller can act on; empty for everything else. */
  static Optional<Response> clientError(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      Matcher notPositive = NOT_POSITIVE.matcher(String.valueOf(cause.getMessage()));
      if (cause instanceof ProcessEngineException && notPositive.matches()) {
        return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
            notPositive.group(1) + " must be a whole number greater than 0"));
      }
      if (cause instanceof FormFieldValidationException) {
        return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException", exception.getMessage()));
      }
      if (cause instanceof ConflictingRequest) {
        return Optional.of(answer(Response.Status.CONFLICT, cause.getClass().getSimpleName(), cause.getMessage()));
      }
      if (cause instanceof OptimisticLockingException) {
        return Optional.of(answer(Response.Status.CONFLICT, "OptimisticLockingException", CONCURRENT_CHANGE));
      }
      if (cause instanceof TaskAlreadyClaimedException) {
        return Optional.of(answer(Response.Status.CONFLICT, "TaskAlreadyClaimedException", TASK_CLAIMED));
      }
      if (cause instanceof NullValueException && cause.getMessage() != null
          && cause.getMessage().startsWith(TASK_NOT_FOUND_PREFIX)) {
        return Optional.of(answer(Response.Status.NOT_FOUND, "InvalidRequestException", TASK_GONE));
      }
      if (cause instanceof AuthorizationException refused && concernsVanishedTask(refused)) {
        return Optional.of(answer(Response.Status.NOT_FOUND, "InvalidRequestException", TASK_GONE));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the task a user was refused has gone meanwhile: completing a task a colleague has just
   * completed fails the authorization check (the task's candidate links are gone with it) before
   * it could fail for the task being gone; the user should hear the latter.
   */
  private static boolean concernsVanishedTask(AuthorizationException refused) {
    List<String> tasks = refused.getMissingAuthorizations().stream()
        .filter(missing -> Resources.TASK.resourceName().equals(missing.getResourceType()))
        .map(MissingAuthorization::getResourceId).filter(id -> id != null).distinct().toList();
    if (tasks.isEmpty()) {
      return false;
    }
    ProcessEngineConfigurationImpl engine =
        (ProcessEngineConfigurationImpl) EngineUtil.lookupProcessEngine(null).getProcessEngineConfiguration();
    // the engine's own lookup, past the authorization check that has just failed
    return engine.getCommandExecutorTxRequired().execute(context ->
        tasks.stream().allMatch(id -> context.getTaskManager().findTaskById(id) == null));
  }

  private static Response answer(Response.Status status, String type, String message) {
    ExceptionDto body = new ExceptionDto();
    body.setType(type);
    body.setMessage(message);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
