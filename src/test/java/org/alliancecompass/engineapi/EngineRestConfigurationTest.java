package org.alliancecompass.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The answers of the engine REST API to what concurrent users run into, for the exceptions exactly
 * as Camunda's resources throw them: {@code submit-form} and {@code complete} wrap every engine
 * exception in a 500 {@link RestException}, {@code claim} lets it through as it is. The two-node
 * test ({@code TwoNodesIT}) sees the same answers over HTTP.
 */
@DisplayName("The engine REST API's answer")
class EngineRestConfigurationTest {

  private final EngineRestConfiguration.RestExceptions wrapped = new EngineRestConfiguration.RestExceptions();
  private final EngineRestConfiguration.EngineExceptions unwrapped = new EngineRestConfiguration.EngineExceptions();

  @Test
  @DisplayName("to a submission that lost a race with another one is 409, to reload and try again")
  void optimisticLockingIsConflict() {
    // given
    RestException lostRace = new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TaskEntity[42]' failed. Entity was updated by another transaction concurrently."),
        "Cannot submit task form 42: ENGINE-03005 ...");

    // when
    Response response = wrapped.toResponse(lostRace);

    // then
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response).getMessage()).isEqualTo("Someone else changed this at the same time; reload and try again.");
  }

  @Test
  @DisplayName("to completing or claiming a task that no longer exists is 404")
  void vanishedTaskIsNotFound() {
    // given: what submit-form and complete wrap, and what claim throws
    NullValueException gone = new NullValueException("Cannot find task with id 42: task is null");
    RestException wrappedGone = new RestException(Response.Status.INTERNAL_SERVER_ERROR, gone,
        "Cannot submit task form 42: " + gone.getMessage());

    // when
    Response submitted = wrapped.toResponse(wrappedGone);
    Response claimed = unwrapped.toResponse(gone);

    // then
    assertThat(submitted.getStatus()).isEqualTo(404);
    assertThat(claimed.getStatus()).isEqualTo(404);
    assertThat(body(submitted).getMessage()).contains("This task no longer exists");
  }

  @Test
  @DisplayName("to claiming a task someone else has claimed is 409")
  void claimedTaskIsConflict() {
    // when
    Response response = unwrapped.toResponse(new TaskAlreadyClaimedException("42", "nora"));

    // then
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response).getType()).isEqualTo("TaskAlreadyClaimedException");
    assertThat(body(response).getMessage()).isEqualTo("Someone else has already claimed this task; reload your task list.");
  }

  @Test
  @DisplayName("to any other engine failure stays Camunda's own")
  void otherFailuresUnchanged() {
    // given: a null value that is not a missing task, and a plain engine failure
    NullValueException otherNull = new NullValueException("Cannot find job with id 7: job is null");

    // when
    Response wrappedOther = wrapped.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR, otherNull, "x"));
    Response engineFailure = unwrapped.toResponse(new ProcessEngineException("ENGINE-16004 something broke"));

    // then
    assertThat(wrappedOther.getStatus()).isEqualTo(500);
    assertThat(engineFailure.getStatus()).isEqualTo(500);
  }

  private static ExceptionDto body(Response response) {
    return (ExceptionDto) response.getEntity();
  }

  @Test
  @DisplayName("a query parameter of the wrong type is named with what it must be, in words, its value echoed safely")
  void conversionInPlainWords() {
    assertThat(EngineRestConfiguration.plainWords("Cannot set query parameter 'dueDate' to value '<b>soon': Cannot "
        + "convert value <b>soon to java type java.util.Date"))
        .isEqualTo("dueDate must be a date and time, such as 2026-12-16T17:00:00.000+0000, not ?b?soon");
    assertThat(EngineRestConfiguration.plainWords("Cannot set query parameter 'type' to value 'x': Cannot convert "
        + "value x to java type java.lang.Integer")).isEqualTo("type must be a number, not x");
    assertThat(EngineRestConfiguration.plainWords("Cannot instantiate org.camunda.bpm.engine.rest.dto.task.TaskDto"))
        .isEqualTo("Cannot instantiate Task");
  }

  @Test
  @DisplayName("a version or page that is not positive is a 400 saying so, where the engine answers 500")
  void notPositiveIsBadRequest() {
    Response response = EngineRestConfiguration.clientError(new ProcessEngineException("version is not greater than 0"))
        .orElseThrow();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(((ExceptionDto) response.getEntity()).getMessage()).isEqualTo("version must be a whole number greater "
        + "than 0");
  }
}
