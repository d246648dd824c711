package org.alliancecompass.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application ({@code java -jar}) in a JVM of its own, as an operator runs it: for
 * the tests that need what one JVM cannot give, such as a restart, a crash, a second node or a
 * profile other than the in-JVM test context's.
 *
 * <p>Each process gets free ports for the application and the management server, the environment
 * it is given (and none of the test JVM's own {@code ALLIANCE_*}, {@code SPRING_*},
 * {@code CAMUNDA_*} or {@code JAVA_TOOL_OPTIONS} variables, so a developer's shell cannot change a
 * test), and writes its log to {@code target/app-logs/<name>.log}. A process a test forgets to stop
 * is killed when the test JVM exits.
 *
 * <p>Unless the environment sets {@code JAVA_TOOL_OPTIONS}, the JVM runs with {@link #QUICK_START}:
 * on two cores the application is ready in about 11 s instead of 18 s. A test that measures
 * throughput passes its own {@code JAVA_TOOL_OPTIONS} (an empty one for the JVM's defaults).
 */
public final class AppProcess implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
  private static final int LOG_TAIL_LINES = 80;
  private static final List<String> HOST_VARIABLE_PREFIXES =
      List.of("ALLIANCE_", "SPRING_", "CAMUNDA_", "JAVA_TOOL_OPTIONS");
  /** C1 only and the serial collector: less work while starting, on a machine with few cores. */
  public static final String QUICK_START = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m";
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
  }

  private final String name;
  private final Process process;
  private final int port;
  private final int managementPort;
  private final Path log;

  private AppProcess(String name, Process process, int port, int managementPort, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.managementPort = managementPort;
    this.log = log;
  }

  /** Starts the application and returns once it reports itself ready for traffic. */
  public static AppProcess start(String name, Map<String, String> environment, String... args) {
    return launch(name, environment, args).awaitReady();
  }

  /**
   * Starts the application without waiting, for a test that expects it to refuse to start
   * ({@link #awaitExit}) or that watches several nodes come up at once.
   */
  public static AppProcess launch(String name, Map<String, String> environment, String... args) {
    return launch(name, environment, List.of("-jar", packagedJar().toString()), args);
  }

  /**
   * Starts the application without waiting, as {@code java <launcher> <args>}: {@code launcher} is
   * what comes before the application's arguments (JVM options, then {@code -jar} and a jar), for a
   * test of a layout other than the packaged jar's.
   */
  public static AppProcess launch(String name, Map<String, String> environment, List<String> launcher,
      String... args) {
    int[] ports = freePorts(2);
    Path log = TestFolders.underTarget("app-logs").resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(launcher);
    command.addAll(List.of("--server.port=" + ports[0], "--management.server.port=" + ports[1]));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(TestFolders.fresh("app-" + name).toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(key -> HOST_VARIABLE_PREFIXES.stream().anyMatch(key::startsWith));
    builder.environment().putAll(environment);
    builder.environment().putIfAbsent("JAVA_TOOL_OPTIONS", QUICK_START);
    try {
      Process process = builder.start();
      RUNNING.add(process);
      return new AppProcess(name, process, ports[0], ports[1], log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
  }

  /** Waits until the readiness probe answers UP; fails with the log's tail if it never does. */
  public AppProcess awaitReady() {
    return awaitReady(READY_TIMEOUT);
  }

  /**
   * Waits as {@link #awaitReady()} does, up to {@code timeout}: for a start that does much work
   * before it is ready, such as the simulation profile creating thousands of alliances.
   */
  public AppProcess awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest probe = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw failure("exited with " + process.exitValue() + " before it was ready");
      }
      try {
        HttpResponse<String> response = http.send(probe, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return this;
        }
      } catch (IOException notListeningYet) {
        // the management server starts after the engine; keep polling
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw failure("was interrupted while waiting for it");
      }
      pause();
    }
    kill();
    throw failure("was not ready within " + timeout.toSeconds() + " s");
  }

  /** Waits for the process to end by itself and returns its exit code. */
  public int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill();
        throw failure("was still running after " + timeout.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure("was interrupted while waiting for it to exit");
    }
    RUNNING.remove(process);
    return process.exitValue();
  }

  /** Stops the application as an operator does (SIGTERM: graceful shutdown) and waits for it. */
  public int stop() {
    process.destroy();
    return awaitExit(STOP_TIMEOUT);
  }

  /** Ends the application as a crash does (SIGKILL): no shutdown hook, no graceful anything. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    RUNNING.remove(process);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  /** The application's base URL, without a trailing slash, e.g. {@code http://127.0.0.1:41234}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public int managementPort() {
    return managementPort;
  }

  /** Everything the application has written to its log so far. */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AssertionError failure(String what) {
    List<String> lines = log().lines().toList();
    String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    return new AssertionError("The application '%s' %s. Log %s ends with:%n%s".formatted(name, what, log, tail));
  }

  /** The {@code java} command of the JVM running the tests. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The application jar {@code mvn package} built. */
  public static Path packagedJar() {
    String configured = System.getProperty("alliance.jar");
    if (configured != null) {
      return Path.of(configured);
    }
    // run from an IDE: the jar `mvn package` left in target/
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("alliance-compass-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No application jar in target/: run `mvn package` first"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int[] freePorts(int count) {
    // held open together, so that the ports differ; the application binds them a moment later
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0));
      }
      return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // closing a socket that was never used
        }
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_INTERVAL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
