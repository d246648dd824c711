package org.alliancecompass.command;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused command as problem details: the status, what is wrong in words, and the field when one is. */
@RestControllerAdvice(assignableTypes = {AllianceCommandApi.class, ActionCommandApi.class})
class CommandErrors {

  @ExceptionHandler(CommandRefused.class)
  ProblemDetail refused(CommandRefused refused) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(refused.status()),
        refused.getMessage());
    if (refused.field() != null) {
      problem.setProperty("field", refused.field());
    }
    return problem;
  }

  /** The start form's rules, broken: the engine names the field. */
  @ExceptionHandler(FormFieldValidationException.class)
  ProblemDetail invalidForm(FormFieldValidationException invalid) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    Object field = invalid.getDetail();
    problem.setProperty("field", String.valueOf(field));
    return problem;
  }
}
