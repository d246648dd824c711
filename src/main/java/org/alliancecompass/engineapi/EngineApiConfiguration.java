package org.alliancecompass.engineapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancecompass.taskform.TaskFormFields;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine API filter, on both mounts of the engine API, after the caller is known. */
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
}
