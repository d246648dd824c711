package org.alliancecompass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The models pass an independent linter: bpmnlint's recommended rules with the Camunda 7.24
 * compatibility plugin over every BPMN file in {@code bpmn/}, dmnlint's recommended rules over every
 * DMN file there. The linters are the npm project in {@code src/test/model-lint} (its
 * package-lock.json pins them, its .bpmnlintrc and .dmnlintrc say which rules); this test installs
 * it with {@code npm ci} when it is missing or older than the lock file, runs each linter's own
 * command line, as a developer would by hand (README, "Developing"), and fails with the linter's
 * report on any error that {@link #KNOWN_ERRORS} does not list. Warnings are shown, never fatal.
 */
class ModelLintTest {

  /**
   * The errors the models may have, as "file: rule: element id": none. The linters' configurations
   * can switch a rule off only for every element, so an exception, should one ever be needed,
   * is listed here, one by one, with why; an error not listed fails the test, and so does a listed
   * one that is gone.
   */
  static final Set<String> KNOWN_ERRORS = Set.of();

  static final Path MODELS = Path.of("bpmn");
  static final Path LINT_PROJECT = Path.of("src/test/model-lint");
  static final Path OUTPUT = Path.of("target/model-lint");

  static final String NODE_NEEDED = "Node.js 20.19 or later and npm are needed to lint the models"
      + " (src/test/model-lint, README \"Developing\"): apt-get install nodejs npm, which .ci/run does"
      + " when they are missing (Debian 13's nodejs is recent enough, Debian 12's, 18, is not)";

  /** A finding line of both linters' table: element id, category, message, rule. */
  static final Pattern FINDING = Pattern.compile("^ {2}(\\S+) {2,}(error|warning) {2,}(.+?) {2,}(\\S+)\\s*$");
  /** The closing line of both linters, for every file together. */
  static final Pattern SUMMARY = Pattern.compile("✖ (\\d+) problems? \\((\\d+) errors?, (\\d+) warnings?\\)");

  static Path node;

  @BeforeAll
  static void installLinters() throws IOException, InterruptedException {
    node = onPath("node").orElseThrow(() -> new AssertionError(NODE_NEEDED + ": node is not on the PATH"));
    Path npm = onPath("npm").orElseThrow(() -> new AssertionError(NODE_NEEDED + ": npm is not on the PATH"));
    Files.createDirectories(OUTPUT);

    Run version = run(List.of(node.toString(), "--version"), Path.of("."), "node-version.txt", 1);
    Matcher v = Pattern.compile("v(\\d+)\\.(\\d+)").matcher(version.output());
    assertThat(v.find() && (Integer.parseInt(v.group(1)) > 20
        || Integer.parseInt(v.group(1)) == 20 && Integer.parseInt(v.group(2)) >= 19))
        .withFailMessage("%s: %s is %s", NODE_NEEDED, node, version.output().strip())
        .isTrue();

    if (installIsStale()) {
      Run install = run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), LINT_PROJECT, "npm-ci.txt", 10);
      assertThat(install.exitCode())
          .withFailMessage("npm ci in %s failed (exit %d):%n%s", LINT_PROJECT, install.exitCode(), install.output())
          .isZero();
    }
  }

  @Test
  @DisplayName("bpmnlint (recommended, Camunda Platform 7.24) finds no errors in the BPMN models but the known ones")
  void bpmnlint() throws IOException, InterruptedException {
    assertOnlyKnownErrors("bpmnlint", "node_modules/bpmnlint/bin/bpmnlint.js", ".bpmn");
  }

  @Test
  @DisplayName("dmnlint (recommended) finds no errors in the DMN models but the known ones")
  void dmnlint() throws IOException, InterruptedException {
    assertOnlyKnownErrors("dmnlint", "node_modules/dmnlint/bin/dmnlint.js", ".dmn");
  }

  void assertOnlyKnownErrors(String linter, String script, String extension) throws IOException, InterruptedException {
    // given every model of that kind
    List<Path> models;
    try (Stream<Path> files = Files.list(MODELS)) {
      models = files.filter(f -> f.toString().endsWith(extension)).sorted().toList();
    }
    assertThat(models).as("%s files in %s", extension, MODELS).isNotEmpty();

    // when the linter's command line reads them, from its project folder where its configuration is
    List<String> command = new ArrayList<>(List.of(node.toString(), script));
    models.forEach(m -> command.add(m.toAbsolutePath().toString()));
    Run lint = run(command, LINT_PROJECT, linter + ".txt", 2);
    String report = lint.output();
    System.out.println(linter + " over " + MODELS + "/*" + extension + " (exit " + lint.exitCode() + "):" + report);

    // then it reports, in a table it can be trusted to have read, exactly the known errors
    Set<String> errors = new TreeSet<>();
    int errorsRead = 0;
    String file = null;
    for (String line : report.lines().toList()) {
      Matcher finding = FINDING.matcher(line);
      if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("✖")) {
        file = Path.of(line.strip()).getFileName().toString();
      } else if (finding.matches() && finding.group(2).equals("error")) {
        errors.add(file + ": " + finding.group(4) + ": " + finding.group(1));
        errorsRead++;
      }
    }
    Matcher summary = SUMMARY.matcher(report);
    boolean summarised = summary.find();
    int reportedErrors = summarised ? Integer.parseInt(summary.group(2)) : 0;
    boolean ranToTheEnd = summarised || lint.exitCode() == 0;

    Set<String> known = KNOWN_ERRORS.stream().filter(k -> k.contains(extension + ": ")).collect(Collectors.toCollection(TreeSet::new));
    List<String> problems = new ArrayList<>();
    if (!ranToTheEnd) {
      problems.add(linter + " did not finish its report (exit " + lint.exitCode() + ")");
    }
    if (reportedErrors != errorsRead) {
      problems.add(linter + " counts " + reportedErrors + " errors, of which this test read " + errorsRead
          + " (a model it cannot parse, or an error on no element)");
    }
    errors.stream().filter(e -> !known.contains(e)).forEach(e -> problems.add("new error: " + e));
    known.stream().filter(k -> !errors.contains(k)).forEach(k -> problems.add(
        "gone, remove it from ModelLintTest.KNOWN_ERRORS: " + k));

    assertThat(problems)
        .withFailMessage(() -> String.join("\n", problems) + "\n\n" + linter + " over " + MODELS + "/*" + extension
            + " (exit " + lint.exitCode() + "):" + report)
        .isEmpty();
  }

  /** npm ci's marker, node_modules/.package-lock.json, is missing or older than what it was installed from. */
  static boolean installIsStale() throws IOException {
    Path installed = LINT_PROJECT.resolve("node_modules/.package-lock.json");
    if (!Files.exists(installed)) {
      return true;
    }
    FileTime installedAt = Files.getLastModifiedTime(installed);
    for (String source : List.of("package.json", "package-lock.json")) {
      if (Files.getLastModifiedTime(LINT_PROJECT.resolve(source)).compareTo(installedAt) > 0) {
        return true;
      }
    }
    return false;
  }

  static Optional<Path> onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  record Run(int exitCode, String output) {
  }

  /** Runs a command with its output (stdout and stderr) kept under target/model-lint, without colours. */
  static Run run(List<String> command, Path directory, String outputFile, long timeoutMinutes)
      throws IOException, InterruptedException {
    Path output = OUTPUT.resolve(outputFile);
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile());
    builder.environment().put("FORCE_COLOR", "0");
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("%s did not finish in %d minutes:%n%s", String.join(" ", command), timeoutMinutes, Files.readString(output));
    }
    return new Run(process.exitValue(), Files.readString(output).replaceAll("\u001B\\[[;\\d]*m", ""));
  }
}
