package org.alliancecompass.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's one-minute load average ({@code /proc/loadavg}, as {@code uptime} shows it),
 * recorded with every figure: other work on a two-core machine changes what is measured. While
 * the benchmark runs, the application and the benchmark itself add to it.
 */
final class LoadAverage {

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private LoadAverage() {
  }

  static double oneMinute() {
    return Double.parseDouble(fields()[0]);
  }

  /** The three load averages, as {@code uptime} prints them. */
  static String summary() {
    String[] fields = fields();
    return fields[0] + ", " + fields[1] + ", " + fields[2];
  }

  private static String[] fields() {
    try {
      return Files.readString(LOADAVG).trim().split("\\s+");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + LOADAVG + " (Linux only)", e);
    }
  }
}
