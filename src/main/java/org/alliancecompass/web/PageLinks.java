package org.alliancecompass.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * How the pages write their links. Spring Boot turns its resource chain on because of the webjars
 * locator (so that {@code /webjars/chart.js/dist/...} resolves without a version when the browser
 * asks for it), and with the chain comes a filter that looks every link a page writes up as a static
 * file, because static files are served from {@code /**}: each row's links on the portfolio, each
 * in the jar's folders. That was two thirds of the portfolio page's time (Flight Recorder, 8 December
 * 2026: 604 of 898 samples while the page was requested). The filter rewrites links only for a
 * versioning strategy, which the product does not configure, so it is registered switched off; the
 * webjar's path still resolves when it is requested. Configure a strategy
 * ({@code spring.web.resources.chain.strategy.*}) and this must go.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

  @Bean
  FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
    FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
        new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
    registration.setEnabled(false);
    return registration;
  }
}
