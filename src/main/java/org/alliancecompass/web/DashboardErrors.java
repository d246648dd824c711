package org.alliancecompass.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the dashboard's pages as a page a person can read (the JSON API answers them as
 * problem details): a 404 for an alliance out of reach, a 400 naming the parameter.
 */
@ControllerAdvice(assignableTypes = {DashboardController.class, AllianceRequests.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardErrors {

  @ExceptionHandler(ResponseStatusException.class)
  ModelAndView page(ResponseStatusException e) {
    HttpStatusCode status = e.getStatusCode();
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("message", e.getReason());
    return page;
  }
}
