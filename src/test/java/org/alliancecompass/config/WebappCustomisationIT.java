package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product's customisation of Camunda's webapps has one source, {@code src/main/camunda-webapps},
 * which the build copies into each of them: every webapp serves that very configuration, script and
 * stylesheet in place of Camunda's own, so a change made once reaches all four.
 */
class WebappCustomisationIT extends InProcessApplication {

  private static final Path SOURCE = Path.of("src/main/camunda-webapps");

  WebappCustomisationIT(@LocalServerPort int port) {
    super(port);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyWebappServesTheOneCustomisation(String webapp) throws IOException {
    // given an administrator, who may open all four
    Rest admin = rest().as("admin", "admin");

    for (String file : new String[] {"scripts/config.js", "scripts/alliance-compass.js", "styles/user-styles.css"}) {
      // when
      Rest.Response served = admin.get("/camunda/app/" + webapp + "/" + file);

      // then
      assertThat(served.status()).as(webapp + " " + file).isEqualTo(200);
      assertThat(served.body()).as(webapp + " " + file).isEqualTo(Files.readString(SOURCE.resolve(file)));
    }
    Rest.Response tasklistScript = admin.get("/camunda/app/" + webapp + "/scripts/alliance-tasklist.js");
    if (webapp.equals("tasklist")) {
      assertThat(tasklistScript.body()).isEqualTo(Files.readString(SOURCE.resolve("scripts/alliance-tasklist.js")));
    } else {
      assertThat(tasklistScript.status()).as("Tasklist's own script in " + webapp).isEqualTo(404);
    }
  }
}
