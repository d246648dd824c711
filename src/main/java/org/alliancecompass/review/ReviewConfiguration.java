package org.alliancecompass.review;

import org.alliancecompass.health.HealthModel;
import org.alliancecompass.health.HealthScoring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scoring of this installation: its health model with its weights, checked once at start. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

  @Bean
  HealthScoring healthScoring(HealthModel model, ReviewSettings settings) {
    return settings.scoring(model);
  }
}
