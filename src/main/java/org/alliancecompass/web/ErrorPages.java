package org.alliancecompass.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the application answers outside the engine's own API, in one place (Spring Boot's
 * {@code /error}, in place of its default): a page of the product, with its header, for a person in
 * a browser; problem details (RFC 9457) for an API client, and always under {@code /api/}. Errors of
 * the pages, of the JSON API, of Spring Security (403) and of unknown addresses (404) all end here.
 *
 * <p>Only what the product wrote for the reader is shown (a 400 naming the parameter, an alliance
 * out of reach): an unexpected error tells the caller nothing of the application's inside.
 */
@Controller
@ConditionalOnWebApplication
class ErrorPages implements ErrorController {

  private static final List<String> API_PATHS = List.of("/api/", "/engine-rest/", "/camunda/api/");

  private final ErrorAttributes errors;

  ErrorPages(ErrorAttributes errors) {
    this.errors = errors;
  }

  @RequestMapping("${server.error.path:${error.path:/error}}")
  Object error(HttpServletRequest request) {
    HttpStatus status = status(request);
    String detail = detail(request, status);
    String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (wantsPage(request, path)) {
      ModelAndView page = new ModelAndView("error", status);
      page.addObject("status", status.value());
      page.addObject("message", detail);
      return page;
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (path != null) {
      problem.setInstance(URI.create(path));
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
  }

  /** The product's own words for a client error, or none. */
  private String detail(HttpServletRequest request, HttpStatus status) {
    if (!status.is4xxClientError()) {
      return null;
    }
    Throwable error = errors.getError(new ServletWebRequest(request));
    if (error instanceof ResponseStatusException refused) {
      return refused.getReason();
    }
    return error instanceof ErrorResponse response ? response.getBody().getDetail() : null;
  }

  /** A person's browser asks for a page; an API client, a script or an address under an API does not. */
  private static boolean wantsPage(HttpServletRequest request, String path) {
    if (path != null && API_PATHS.stream().anyMatch(path::startsWith)) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)).stream()
          .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
