package org.alliancecompass.engineapi;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

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
 *   <li>asking for an ad hoc review while one is under way is a 409.</li>
 * </ul>
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
    register(RestExceptions.class);
    register(EngineExceptions.class);
    register(BodyMismatches.class);
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
      return clientError(exception).orElseGet(() -> camunda.toResponse(exception));
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
      return clientError(exception).orElseGet(() -> camunda.toResponse(exception));
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
    return "a JSON object";
  }

  /** The 4xx answer for an exception whose cause the caller can act on; empty for everything else. */
  static Optional<Response> clientError(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
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
