package org.alliancecompass;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Alliance Compass: alliance lifecycle management for health and care organisations, on the
 * Camunda 7 engine, its webapps (Tasklist, Cockpit, Admin) and its REST API.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllianceCompassApplication {

  public static void main(String[] args) {
    SpringApplication.run(AllianceCompassApplication.class, args);
  }
}
