package org.alliancecompass.health;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The health model the application runs with: the one of the health assessment form it deploys. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

  @Bean
  HealthModel healthModel() {
    return HealthModel.load();
  }
}
