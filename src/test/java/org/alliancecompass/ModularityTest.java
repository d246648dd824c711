package org.alliancecompass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules keep their boundaries (Spring Modulith): no cycles between modules,
 * no module reaching into another's internals. Their diagram is written from the code, and the
 * architecture document carries the diagram as the code has it.
 */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(AllianceCompassApplication.class);
  static final Path ARCHITECTURE = Path.of("docs", "architecture.md");
  static final Path DIAGRAMS = Path.of("target", "spring-modulith-docs");

  @Test
  @DisplayName("Every module uses the others only through their API, and no module depends on itself through others")
  void modulesKeepTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  @DisplayName("docs/architecture.md shows the modules and their dependencies as the code has them")
  void architectureDocumentIsCurrent() throws IOException {
    // given the diagrams, written from the code
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
        .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    String diagram = Files.readString(DIAGRAMS.resolve("components.puml")).strip();

    // then the document carries that diagram; -Ddocs.update=true writes it in
    String written = Files.readString(ARCHITECTURE);
    if (Boolean.getBoolean("docs.update")) {
      written = written.replaceFirst("(?s)```plantuml\\n.*?\\n```", "```plantuml\n"
          + java.util.regex.Matcher.quoteReplacement(diagram) + "\n```");
      Files.writeString(ARCHITECTURE, written);
    }
    String document = written;
    java.util.regex.Matcher block = java.util.regex.Pattern.compile("(?s)```plantuml\n(.*?)\n```").matcher(document);
    assertThat(block.find()).as("a plantuml block in docs/architecture.md").isTrue();
    // the Documenter's order of modules and relations is not guaranteed; what they are is
    assertThat(block.group(1).lines().sorted().toList())
        .as("docs/architecture.md is out of date: run mvn test -Dtest=ModularityTest -Ddocs.update=true")
        .isEqualTo(diagram.lines().sorted().toList());
    MODULES.forEach(module -> assertThat(document).as("docs/architecture.md describes module " + module.getName())
        .contains("`" + module.getName() + "`"));
  }
}
