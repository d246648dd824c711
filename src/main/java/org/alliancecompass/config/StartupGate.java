package org.alliancecompass.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application serves people only once it is ready: the web server is up a few seconds before
 * the administrator, the shared filters and (in the demo) the demo users and alliances exist, and a
 * sign-in in between would fail for no reason a person could see. Until then every request is
 * answered 503 "starting, try again in a moment"; once ready, the log says so with the address.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StartupGate {

  static final String READY = "Alliance Compass is ready at http://localhost:{}/";
  private static final Logger LOG = LoggerFactory.getLogger(StartupGate.class);

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> startupGateFilter(ApplicationAvailability availability) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
          chain.doFilter(request, response);
          return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
          response.setContentType("text/html;charset=UTF-8");
          response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
              + "<meta http-equiv=\"refresh\" content=\"5\"><title>Starting · Alliance Compass</title></head>"
              + "<body><main><h1>Alliance Compass is starting</h1><p>It will be ready in a moment; this page "
              + "tries again by itself.</p></main></body></html>");
        } else {
          response.setContentType("application/json");
          response.getWriter().write("{\"status\":503,\"title\":\"Starting\",\"detail\":\"Alliance Compass is "
              + "starting; try again in a moment\"}");
        }
      }
    });
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
      LOG.info(READY, web.getWebServer().getPort());
    }
  }
}
