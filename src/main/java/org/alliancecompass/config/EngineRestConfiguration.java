package org.alliancecompass.config;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The engine REST API with one addition: bad form data is a 400 wherever it is found. The engine
 * answers it so for {@code submit-form} and {@code complete}, but {@code start} reports a start
 * form's broken rule as a 500; {@link FormDataIsBadRequest} corrects that.
 */
@Component
@ConditionalOnWebApplication
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(FormDataIsBadRequest.class);
  }

  /** Takes precedence over Camunda's own mapper of the same exception type. */
  @Priority(1)
  public static class FormDataIsBadRequest implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException) {
          ExceptionDto body = new ExceptionDto();
          body.setType("InvalidRequestException");
          body.setMessage(exception.getMessage());
          return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
