package org.alliancecompass;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

  @Test
  void modulesKeepTheirBoundaries() {
    ApplicationModules modules = ApplicationModules.of(AllianceCompassApplication.class);
    modules.forEach(System.out::println);
    modules.verify();
  }
}
