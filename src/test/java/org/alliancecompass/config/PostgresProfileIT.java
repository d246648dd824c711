package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.ComposeEnvironment;
import org.alliancecompass.support.EmbeddedPostgresDatabase;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.Rest.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Production as {@code docker/compose.yaml} configures it, without a Docker engine: a real
 * PostgreSQL whose database and user are made from the compose file's {@code postgres} service
 * (as that container does on its first start), and the packaged application started with exactly
 * the environment the compose file gives its {@code app} service, only the database's host and
 * port changed to the embedded server's.
 */
@DisplayName("The postgres profile, with the environment of docker/compose.yaml")
class PostgresProfileIT {

  /** The compose file's database URL: the {@code postgres} service's host and port, a database. */
  private static final Pattern COMPOSE_DB_URL = Pattern.compile("jdbc:postgresql://postgres:5432/(\\w+)");
  private static final Duration REFUSAL_TIMEOUT = Duration.ofSeconds(120);

  private static EmbeddedPostgresDatabase postgres;
  private static Map<String, String> database;

  @BeforeAll
  static void startPostgres() {
    postgres = EmbeddedPostgresDatabase.start();
    database = ComposeEnvironment.of("postgres");
  }

  @AfterAll
  static void stopPostgres() {
    postgres.close();
  }

  @Test
  @DisplayName("creates the engine's schema, lets the administrator in with the configured password, and has no demo users")
  void bootsAgainstPostgres() throws SQLException {
    // given: the database the postgres container creates on its first start
    String databaseName = databaseOf(ComposeEnvironment.of("app"));
    Map<String, String> environment = environmentWithDatabase(databaseName);

    // when
    try (AppProcess app = AppProcess.start("postgres", environment)) {

      // then
      assertThat(tables(databaseName)).contains("act_ge_property", "act_ru_task", "act_id_user", "act_hi_procinst");
      Rest admin = Rest.to(app.baseUrl()).as("admin", environment.get("ALLIANCE_ADMIN_PASSWORD"));
      Response users = admin.get("/engine-rest/user");
      assertThat(users.status()).as(users.toString()).isEqualTo(200);
      assertThat(users.ids()).containsExactly("admin");
      assertThat(admin.get("/engine-rest/group?type=partner-organisation").ids()).isEmpty();
      assertThat(Rest.to(app.baseUrl()).as("mia", "mia").get("/engine-rest/task").status()).isEqualTo(401);
    }
  }

  @Test
  @DisplayName("refuses to start without an administrator password, or with a weak one, and says why")
  void refusesMissingOrWeakAdminPassword() throws SQLException {
    // given: databases of their own, where no earlier start has created the administrator
    Map<String, String> withoutPassword = environmentWithDatabase("without_admin_password");
    withoutPassword.remove("ALLIANCE_ADMIN_PASSWORD");
    Map<String, String> withWeakPassword = environmentWithDatabase("weak_admin_password");
    withWeakPassword.put("ALLIANCE_ADMIN_PASSWORD", "admin");

    // when: both at once, as each only waits for its own refusal
    AppProcess missing = AppProcess.launch("postgres-without-admin-password", withoutPassword);
    AppProcess weak = AppProcess.launch("postgres-weak-admin-password", withWeakPassword);
    int missingExitCode = missing.awaitExit(REFUSAL_TIMEOUT);
    int weakExitCode = weak.awaitExit(REFUSAL_TIMEOUT);

    // then
    assertThat(missingExitCode).isNotZero();
    assertThat(missing.log()).contains("No administrator password: set the environment variable ALLIANCE_ADMIN_PASSWORD");
    assertThat(weakExitCode).isNotZero();
    assertThat(weak.log()).contains("The administrator password (ALLIANCE_ADMIN_PASSWORD) breaks the password policy")
        .contains("length {minLength=10}");
    assertThat(count("weak_admin_password", "select count(*) from act_id_user")).isZero();
  }

  /**
   * The app service's environment with the one change: where the database runs (and, for the
   * refusals, which one), created as the postgres container creates its database.
   */
  private static Map<String, String> environmentWithDatabase(String databaseName) {
    Map<String, String> environment = ComposeEnvironment.of("app");
    databaseOf(environment);
    postgres.createDatabase(databaseName, database.get("POSTGRES_USER"), database.get("POSTGRES_PASSWORD"));
    environment.put("ALLIANCE_DB_URL", postgres.jdbcUrl(databaseName));
    return environment;
  }

  private static String databaseOf(Map<String, String> environment) {
    Matcher url = COMPOSE_DB_URL.matcher(environment.get("ALLIANCE_DB_URL"));
    assertThat(url.matches()).as("ALLIANCE_DB_URL of the app service: " + environment.get("ALLIANCE_DB_URL")).isTrue();
    return url.group(1);
  }

  private static List<String> tables(String databaseName) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = postgres.connect(databaseName);
        ResultSet result = connection.createStatement()
            .executeQuery("select table_name from information_schema.tables where table_schema = 'public'")) {
      while (result.next()) {
        tables.add(result.getString(1));
      }
    }
    return tables;
  }

  private static long count(String databaseName, String query) throws SQLException {
    try (Connection connection = postgres.connect(databaseName);
        ResultSet result = connection.createStatement().executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }
}
