package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliancecompass.support.AppProcess;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.TestFolders;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Docker image runs the application from Spring Boot's extracted layout with a class data
 * sharing archive recorded at build time ({@code docker/Dockerfile}). There is no Docker engine
 * here, so this test does what the Dockerfile does, with the paths and options it reads from the
 * Dockerfile: extract the packaged jar, record the archive by one training start, and start the
 * application with {@code -Xshare:on}, which refuses to start at all if the archive cannot be used.
 */
@DisplayName("The Docker image's layout")
class ImageLayoutIT {

  private static final Path DOCKERFILE = Path.of("docker", "Dockerfile");
  private static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(180);

  @Test
  @DisplayName("starts from the extracted jar with the class archive a training start recorded")
  void extractedJarStartsWithItsClassArchive() throws Exception {
    // given: the image's folder, as the Dockerfile builds it
    Image image = Image.read(DOCKERFILE);
    Path root = TestFolders.fresh("image");
    Path jar = Files.copy(AppProcess.packagedJar(), root.resolve(image.jarName()));
    run(AppProcess.java(), "-Djarmode=tools", "-jar", jar.toString(),
        "extract", "--destination", image.inside(root, image.applicationFolder()).toString());
    Path archive = image.inside(root, image.archive());
    Path applicationJar = image.inside(root, image.applicationJar());
    assertThat(applicationJar).as("the extracted application jar the image starts").isRegularFile();

    // when: the training start records the archive and ends once the context is up
    AppProcess training = AppProcess.launch("image-cds-training",
        Map.of("ALLIANCE_ADMIN_PASSWORD", "cds-training-only",
            "ALLIANCE_DATA_DIR", TestFolders.fresh("image-training-data").toString(),
            "JAVA_TOOL_OPTIONS", ""),
        List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh",
            "-jar", applicationJar.toString()),
        image.trainingArguments().toArray(String[]::new));

    // then
    assertThat(training.awaitExit(TRAINING_TIMEOUT)).as("the training start's exit code").isZero();
    assertThat(archive).as("the class archive").isRegularFile();
    assertThat(Files.size(archive)).as("bytes in the class archive").isGreaterThan(1_000_000);

    List<String> launcher = new ArrayList<>(List.of("-Xshare:on"));
    launcher.addAll(image.rebasedEntrypointOptions(root));
    launcher.addAll(List.of("-jar", applicationJar.toString()));
    try (AppProcess app = AppProcess.launch("image-cds-start",
        Map.of("ALLIANCE_DATA_DIR", TestFolders.fresh("image-data").toString(), "JAVA_TOOL_OPTIONS", ""),
        launcher).awaitReady()) {
      Rest.Response login = Rest.to(app.baseUrl()).get("/login");
      assertThat(login.status()).as(login.toString()).isEqualTo(200);
      Rest.Response engine = Rest.to(app.baseUrl()).as("admin", "admin").get("/engine-rest/process-definition/key/alliance-lifecycle");
      assertThat(engine.status()).as(engine.toString()).isEqualTo(200);
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Path log = TestFolders.underTarget("app-logs").resolve("image-extract.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", List.of(command)).isTrue();
    assertThat(process.exitValue()).as("%s exit code; log %s", List.of(command), log).isZero();
  }

  /** What the Dockerfile says about the image's layout, with its absolute paths. */
  private record Image(String applicationFolder, String archive, String applicationJar,
      List<String> trainingArguments, List<String> entrypointOptions) {

    private static final String HOME = "/app/";

    static Image read(Path dockerfile) throws IOException {
      String text = Files.readString(dockerfile);
      String entrypoint = find(text, "(?m)^ENTRYPOINT \\[(.*?)\\]$", Pattern.DOTALL);
      List<String> entry = Pattern.compile("\"([^\"]*)\"").matcher(entrypoint).results()
          .map(match -> match.group(1)).toList();
      int jarAt = entry.indexOf("-jar");
      assertThat(jarAt).as("ENTRYPOINT %s starts a jar", entry).isPositive();
      String training = find(text, "(?s)RUN [^\\n]*?ALLIANCE_ADMIN_PASSWORD=.*?(java -XX:ArchiveClassesAtExit=.*?)\\n \\&\\&", 0);
      String archive = find(training, "-XX:ArchiveClassesAtExit=(\\S+)", 0);
      assertThat(training).as("the training start").contains("-Dspring.context.exit=onRefresh");
      assertThat(entry).as("ENTRYPOINT uses the archive the training start recorded")
          .contains("-XX:SharedArchiveFile=" + archive);
      String applicationJar = entry.get(jarAt + 1);
      assertThat(training).as("the training start runs the jar the image starts").contains("-jar " + applicationJar);
      List<String> trainingArguments = Pattern.compile("(--\\S+)").matcher(training.substring(training.indexOf(applicationJar)))
          .results().map(match -> match.group(1)).toList();
      String extractTo = find(text, "extract --destination (\\S+)", 0);
      return new Image(extractTo, archive, applicationJar, trainingArguments, entry.subList(1, jarAt));
    }

    /** The name the jar has when it is extracted: the extracted application jar's. */
    String jarName() {
      return Path.of(applicationJar).getFileName().toString();
    }

    /** An absolute path of the image, under the test's folder instead of {@code /app/}. */
    Path inside(Path root, String imagePath) {
      assertThat(imagePath).as("a path of the image").startsWith(HOME);
      return root.resolve(imagePath.substring(HOME.length()));
    }

    /** The ENTRYPOINT's JVM options, the image's paths in them under the test's folder. */
    List<String> rebasedEntrypointOptions(Path root) {
      return entrypointOptions.stream()
          .map(option -> option.replace(HOME, root.toString() + "/"))
          .toList();
    }

    private static String find(String text, String regex, int flags) {
      Matcher matcher = Pattern.compile(regex, flags).matcher(text);
      assertThat(matcher.find()).as("the Dockerfile has %s", regex).isTrue();
      return matcher.group(1);
    }
  }
}
