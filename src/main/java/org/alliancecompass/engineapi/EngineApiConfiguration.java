package org.alliancecompass.engineapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancecompass.taskform.TaskFormFields;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine API filter, on both mounts of the engine API, after the caller is known; and the same
 * answers for the engine's exceptions on both mounts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class EngineApiConfiguration {

  @Bean
  FilterRegistrationBean<EngineApiFilter> engineApiFilter(ObjectMapper json, TaskFormFields forms, EngineTasks tasks) {
    FilterRegistrationBean<EngineApiFilter> registration =
        new FilterRegistrationBean<>(new EngineApiFilter(json, forms, tasks));
    // after Spring Security (which knows the user) and Camunda's filters (which run the request as that user)
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    return registration;
  }

  /**
   * The webapps' engine API is Camunda's own JAX-RS application ({@code EngineRestApplication}),
   * which knows nothing of {@link EngineRestConfiguration}: without this a start or task form's
   * broken rule, sent where Tasklist sends it, is a 500 naming Camunda's classes instead of the
   * 400 that {@code /engine-rest} answers (a body of the wrong shape a plain-text 400 naming Java
   * types, a yes-or-no parameter any word). Jersey reads the providers to add from a servlet
   * context attribute (in every Jersey application; {@code /engine-rest} registers them already,
   * and Jersey ignores a second registration).
   */
  @Bean
  ServletContextInitializer engineExceptionsOnTheWebappsApi() {
    return servletContext -> servletContext.setAttribute(ServerProperties.PROVIDER_CLASSNAMES,
        String.join(",", EngineRestConfiguration.PROVIDERS.stream().map(Class::getName).toList()));
  }
}
