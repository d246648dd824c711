package org.alliancecompass.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fresh folders for the tests' databases, logs and browser profiles. They live under
 * {@code target/}, so that {@code mvn clean} removes them and a failed run leaves its evidence
 * next to the build, not in {@code /tmp}.
 */
public final class TestFolders {

  private static final Path TARGET = Path.of("target").toAbsolutePath();

  private TestFolders() {
  }

  /** A new, empty folder {@code target/test-data/<prefix>-<random>}. */
  public static Path fresh(String prefix) {
    try {
      return Files.createTempDirectory(Files.createDirectories(TARGET.resolve("test-data")), prefix + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code target/<name>}, created if missing (e.g. {@code app-logs}, {@code screenshots}). */
  public static Path underTarget(String name) {
    try {
      return Files.createDirectories(TARGET.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
