package org.alliancecompass.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.alliancecompass.support.ComposeEnvironment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The compose file lets a person try notifications: the application mails a mail catcher they can open. */
class MailCatcherComposeTest {

  @Test
  @DisplayName("docker compose runs Mailpit, the application mails it, and its mails can be read on port 8025")
  @SuppressWarnings("unchecked")
  void mailCatcher() throws IOException {
    // given
    Map<String, String> app = ComposeEnvironment.of("app");
    Map<String, Object> services;
    try (Reader reader = Files.newBufferedReader(Path.of("docker", "compose.yaml"))) {
      services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(reader).get("services");
    }

    // then
    Map<String, Object> catcher = (Map<String, Object>) services.get(app.get("SPRING_MAIL_HOST"));
    assertThat(catcher).as("the service SPRING_MAIL_HOST names").isNotNull();
    assertThat(String.valueOf(catcher.get("image"))).startsWith("axllent/mailpit");
    assertThat(app).containsEntry("SPRING_MAIL_PORT", "1025").containsEntry("ALLIANCE_BASE_URL", "http://localhost:8080");
    assertThat((List<String>) catcher.get("ports")).containsExactly("8025:8025");
  }
}
