package org.alliancecompass.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.Rest;

/**
 * The application's memory after a burst: the heap in use as its metrics report it
 * ({@code jvm.memory.used}, area heap, on the management port), the same after a full collection
 * ({@code jcmd GC.run}: what the application really holds), and the process's resident memory.
 */
record MemoryUse(long heapUsed, long heapLive, long resident) {

  private static final long MIB = 1024 * 1024;

  static MemoryUse of(AppProcess app) {
    Rest metrics = Rest.to("http://127.0.0.1:" + app.managementPort())
        .as("admin", BenchmarkApplication.ADMIN_PASSWORD);
    long used = heapUsed(metrics);
    collectGarbage(app.pid());
    return new MemoryUse(used, heapUsed(metrics), resident(app.pid()));
  }

  double heapUsedMib() {
    return (double) heapUsed / MIB;
  }

  double heapLiveMib() {
    return (double) heapLive / MIB;
  }

  double residentMib() {
    return (double) resident / MIB;
  }

  private static long heapUsed(Rest metrics) {
    return (long) EngineApi.ok(metrics.get("/actuator/metrics/jvm.memory.used?tag=area:heap")).json()
        .path("measurements").get(0).path("value").asDouble();
  }

  private static void collectGarbage(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("jcmd " + pid + " GC.run failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + jcmd, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code VmRSS} of {@code /proc/<pid>/status}, in bytes. */
  private static long resident(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
          .filter(line -> line.startsWith("VmRSS:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024)
          .findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
