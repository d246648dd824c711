package org.alliancecompass.config;

import static org.springframework.http.HttpMethod.POST;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: the Camunda webapps, the engine REST API and the application's own
 * pages and JSON API, checked against Camunda's identity service.
 *
 * <ul>
 *   <li>the management server (actuator, its own port on the loopback address): health and info
 *       without login, for container health checks; the rest for administrators.
 *   <li>{@code /engine-rest/**}: HTTP Basic, stateless, answers 401 without valid credentials.
 *   <li>everything else: form login with a session; CSRF protection for the application's pages,
 *       while the webapps' own API ({@code /camunda/api/**}) keeps Camunda's CSRF filter.
 * </ul>
 *
 * Camunda's authentication filters then run each request as the logged-in user, so that the
 * engine's authorizations decide what a user sees.
 */
@Configuration
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String ADMIN_GROUP = "camunda-admin";
  private static final String REALM = "Alliance Compass";

  /**
   * Health probes come from the container runtime or a load balancer, which have no user. The
   * matcher only matches requests to the management server, so the application's port keeps its
   * login for everything.
   */
  @Bean
  @Order(0)
  SecurityFilterChain management(HttpSecurity http) throws Exception {
    return http.securityMatcher(EndpointRequest.toAnyEndpoint())
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
            .anyRequest().hasAuthority(ADMIN_GROUP))
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicEntryPoint()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
    // an explicit path matcher: the REST API is a Jersey servlet, not a Spring MVC handler
    return http.securityMatcher(path("/engine-rest/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicEntryPoint()))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browser(HttpSecurity http) throws Exception {
    RequestMatcher webappApi = path("/camunda/api/**");
    RequestMatcher jsonApi = path("/api/**");
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(path("/login"), path("/error"), path("/css/**"), path("/img/**"),
                path("/favicon.ico"))
            .permitAll()
            .requestMatchers(path("/camunda/api/admin/auth/**")).authenticated()
            .requestMatchers(path("/camunda/app/cockpit/**"), path("/camunda/app/admin/**"),
                path("/camunda/api/cockpit/**"), path("/camunda/api/admin/**"))
            .hasAuthority(ADMIN_GROUP)
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(basicEntryPoint()))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(path(POST, "/logout"), webappLogout()))
            .logoutSuccessUrl("/login?logout"))
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), webappApi)
            .defaultAuthenticationEntryPointFor(basicEntryPoint(), jsonApi))
        // the webapps' API is protected by Camunda's own CSRF filter; both at once break Tasklist. A command with a
        // JSON body needs no token: no cross-site form sends JSON, and another site's script may not (no CORS)
        .csrf(csrf -> csrf.ignoringRequestMatchers(webappApi, json(jsonApi)))
        .headers(headers -> headers
            // the product's own pages load nothing from elsewhere and run no inline script; Camunda's
            // webapps send their own policy, Swagger UI needs its inline start-up script
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new OrRequestMatcher(path("/camunda/**"), path("/swagger-ui/**"))),
                new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")))
        .build();
  }

  /**
   * The webapps' "Sign out" ends the whole session, not only Camunda's part of it. It must carry
   * the header the webapps send with every request, which a cross-site form cannot set.
   */
  private static RequestMatcher webappLogout() {
    return new AndRequestMatcher(path(POST, "/camunda/api/admin/auth/user/*/logout"),
        new RequestHeaderRequestMatcher("X-XSRF-TOKEN"));
  }

  /** A request to the JSON API with a JSON body. */
  private static RequestMatcher json(RequestMatcher jsonApi) {
    return request -> jsonApi.matches(request) && isJson(request.getContentType());
  }

  private static boolean isJson(String contentType) {
    try {
      return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static BasicAuthenticationEntryPoint basicEntryPoint() {
    BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
    entryPoint.setRealmName(REALM);
    return entryPoint;
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static RequestMatcher path(org.springframework.http.HttpMethod method, String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
  }

  /** Runs webapp requests as the logged-in user (after Spring Security's filter chain). */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityCamundaAuthentication.class.getName()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns("/camunda/*");
    return registration;
  }

  /** Runs engine REST requests as the logged-in user (after Spring Security's filter chain). */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        SpringSecurityCamundaAuthentication.class.getName()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
