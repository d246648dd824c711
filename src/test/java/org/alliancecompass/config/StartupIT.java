package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TestFolders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * From the moment the port opens, a demo user who signs in gets in, or is told the application
 * is still starting: never "wrong password" because the demo users do not exist yet.
 */
@DisplayName("Starting up")
class StartupIT {

  @Test
  @DisplayName("sign-ins are answered 'starting' until the demo users exist, then let in; the log says when it is ready")
  void signInWaitsForTheDemoUsers() {
    // given a fresh database, so the demo users are created on this start
    Map<String, String> environment = Map.of("ALLIANCE_DATA_DIR", TestFolders.fresh("startup-data").toString());
    Map<Integer, Integer> answers = new TreeMap<>();
    try (AppProcess app = AppProcess.launch("startup", environment)) {
      Rest mia = Rest.to(app.baseUrl()).as("mia", "mia");
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));

      // when mia signs in again and again from the first moment, until she is let in
      int status = 0;
      while (status != 200 && Instant.now().isBefore(deadline) && app.isAlive()) {
        try {
          status = mia.get("/engine-rest/task").status();
          answers.merge(status, 1, Integer::sum);
        } catch (UncheckedIOException notListeningYet) {
          pause();
        }
      }

      // then
      assertThat(status).as("let in at last: " + answers).isEqualTo(200);
      assertThat(answers.keySet()).as("every answer was 'starting' or a welcome").isSubsetOf(503, 200);
      String log = app.log();
      assertThat(log).contains("Alliance Compass is ready at http://localhost:");
      assertThat(log.indexOf("Demo alliances ready")).as("the demo data comes before the ready line")
          .isLessThan(log.indexOf("Alliance Compass is ready")).isPositive();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
