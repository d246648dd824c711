package org.alliancecompass.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the dashboard's JSON API ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui}). */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  @Bean
  OpenAPI allianceCompassApi(ObjectProvider<BuildProperties> build) {
    String version = build.getIfAvailable() == null ? "dev" : build.getIfAvailable().getVersion();
    return new OpenAPI()
        .info(new Info().title("Alliance Compass API").version(version)
            .description("""
                The alliance portfolio and each alliance's reviews, scores, improvement actions and decisions, \
                as the dashboard shows them, and the product's commands: what people ask of an alliance outside \
                a task (propose one, ask for an ad hoc review, ask the partners to dissolve it). Sign in with the \
                same user as in Tasklist (HTTP Basic for scripts, with a JSON body; the browser session otherwise, \
                with its CSRF token): managers, the leadership board and legal see every alliance, a partner \
                representative only their organisation's. Scores run from 0 to 100. The work in tasks goes \
                through Tasklist, or Camunda's REST API under /engine-rest (a task's form, nothing else)."""))
        .components(new Components().addSecuritySchemes("basic",
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("basic"));
  }
}
