package org.alliancecompass.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alliancecompass.support.EmbeddedPostgresDatabase;
import org.alliancecompass.support.TestFolders;

/**
 * The databases of one benchmark run. Setting up thousands of alliances takes minutes, so each
 * size is set up once, in a database that then serves as the template of every measured run: a
 * run starts the application on a fresh copy of it, so that every run starts from the same state
 * and none sees what an earlier one left behind.
 */
interface BenchmarkDatabase extends AutoCloseable {

  /** What the table says the figures were measured on. */
  String label();

  /** A new, empty database. */
  Instance create(String name);

  /** A copy of {@code template}, which no application may be using. */
  Instance copy(Instance template, String name);

  /** Removes a database no application uses any more. */
  void drop(Instance instance);

  @Override
  void close();

  /** One database: how the application is told to use it. */
  interface Instance {

    /** The Spring profiles the application runs with on this database, besides {@code simulation}. */
    List<String> profiles();

    /** The environment that points the application at this database. */
    Map<String, String> environment();
  }

  static BenchmarkDatabase of(BenchmarkSettings settings) {
    return switch (settings.database()) {
      case H2 -> new H2Files();
      case POSTGRES -> settings.externalPostgres()
          .<BenchmarkDatabase>map(PostgresDatabases::external)
          .orElseGet(PostgresDatabases::embedded);
    };
  }

  /** The embedded default: an H2 database in a folder of its own ({@code ALLIANCE_DATA_DIR}). */
  final class H2Files implements BenchmarkDatabase {

    private record Folder(Path path) implements Instance {

      @Override
      public List<String> profiles() {
        return List.of();
      }

      @Override
      public Map<String, String> environment() {
        return Map.of("ALLIANCE_DATA_DIR", path.toString());
      }
    }

    @Override
    public String label() {
      return BenchmarkSettings.Database.H2.label();
    }

    @Override
    public Instance create(String name) {
      return new Folder(TestFolders.fresh("benchmark-" + name));
    }

    @Override
    public Instance copy(Instance template, String name) {
      Path target = TestFolders.fresh("benchmark-" + name);
      Path source = ((Folder) template).path();
      try (Stream<Path> files = Files.list(source)) {
        for (Path file : files.toList()) {
          Files.copy(file, target.resolve(file.getFileName()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot copy the database in " + source, e);
      }
      return new Folder(target);
    }

    @Override
    public void drop(Instance instance) {
      try (Stream<Path> files = Files.walk(((Folder) instance).path())) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      // the folders of the runs are dropped one by one
    }
  }

  /**
   * PostgreSQL as the {@code postgres} profile uses it: an embedded server (the tests' PostgreSQL
   * 17) or one of one's own. Copies are made with {@code CREATE DATABASE ... TEMPLATE}.
   */
  final class PostgresDatabases implements BenchmarkDatabase {

    private static final String USER = "alliance";
    private static final String PASSWORD = "Benchmark-Db-0!";
    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private record Database(String url, String user, String password, String name) implements Instance {

      @Override
      public List<String> profiles() {
        return List.of("postgres");
      }

      @Override
      public Map<String, String> environment() {
        return Map.of("ALLIANCE_DB_URL", url, "ALLIANCE_DB_USER", user, "ALLIANCE_DB_PASSWORD", password);
      }
    }

    private final EmbeddedPostgresDatabase embedded;
    private final BenchmarkSettings.ExternalPostgres external;
    private final String label;

    private PostgresDatabases(EmbeddedPostgresDatabase embedded, BenchmarkSettings.ExternalPostgres external,
        String label) {
      this.embedded = embedded;
      this.external = external;
      this.label = label;
    }

    static PostgresDatabases embedded() {
      EmbeddedPostgresDatabase server = EmbeddedPostgresDatabase.start();
      return new PostgresDatabases(server, null, "PostgreSQL " + serverVersion(server) + " (embedded)");
    }

    static PostgresDatabases external(BenchmarkSettings.ExternalPostgres server) {
      if (!URL.matcher(server.url()).matches()) {
        throw new IllegalArgumentException("benchmark.postgres.url must look like jdbc:postgresql://host:5432/database");
      }
      try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password())) {
        String version = connection.getMetaData().getDatabaseProductVersion();
        return new PostgresDatabases(null, server, "PostgreSQL " + version + " (own server)");
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot connect to " + server.url() + " as " + server.user(), e);
      }
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public Instance create(String name) {
      String database = databaseName(name);
      if (embedded != null) {
        return new Database(embedded.createDatabase(database, USER, PASSWORD), USER, PASSWORD, database);
      }
      execute("CREATE DATABASE " + database);
      return new Database(withDatabase(external.url(), database), external.user(), external.password(), database);
    }

    @Override
    public Instance copy(Instance template, String name) {
      Database source = (Database) template;
      String database = databaseName(name);
      execute("CREATE DATABASE %s TEMPLATE %s OWNER %s".formatted(database, source.name(), quoted(source.user())));
      return new Database(withDatabase(source.url(), database), source.user(), source.password(), database);
    }

    @Override
    public void drop(Instance instance) {
      execute("DROP DATABASE IF EXISTS " + ((Database) instance).name());
    }

    @Override
    public void close() {
      if (embedded != null) {
        embedded.close();
      }
    }

    private void execute(String sql) {
      try (Connection connection = administration(); Statement statement = connection.createStatement()) {
        statement.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }

    /** The embedded server's superuser, or the given user of one's own server. */
    private Connection administration() throws SQLException {
      if (embedded != null) {
        return embedded.connect("postgres");
      }
      return DriverManager.getConnection(external.url(), external.user(), external.password());
    }

    /** The same server and connection parameters, another database. */
    private static String withDatabase(String url, String database) {
      Matcher parts = URL.matcher(url);
      if (!parts.matches()) {
        throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + url);
      }
      return parts.group(1) + database + parts.group(3);
    }

    private static String databaseName(String name) {
      return "alliance_benchmark_" + name.replaceAll("[^a-zA-Z0-9]", "_").toLowerCase();
    }

    private static String quoted(String identifier) {
      return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String serverVersion(EmbeddedPostgresDatabase server) {
      try (Connection connection = server.connect("postgres")) {
        return connection.getMetaData().getDatabaseProductVersion();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
