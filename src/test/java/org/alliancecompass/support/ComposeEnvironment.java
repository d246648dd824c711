package org.alliancecompass.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The environment {@code docker compose} gives a service of {@code docker/compose.yaml}: the
 * variables of its {@code env_file}s, overridden by its {@code environment} block, as compose
 * merges them. There is no Docker engine here, so a test starts the application with exactly
 * this environment instead, and what the compose file configures is proven by a test.
 *
 * <p>An {@code env_file} is read from its committed {@code .example}: the real one (an operator
 * copies {@code alliance.env.example} to {@code alliance.env} and fills in the secrets) is not in
 * git, and a developer's copy must not change what a test proves. Compose's
 * variable interpolation ({@code ${...}}) is not supported, and the compose file does not use it.
 */
public final class ComposeEnvironment {

  private static final Path DOCKER = Path.of("docker");

  private ComposeEnvironment() {
  }

  public static Map<String, String> of(String service) {
    Map<String, Object> definition = service(service);
    Map<String, String> environment = new LinkedHashMap<>();
    for (String file : list(definition.get("env_file"))) {
      environment.putAll(envFile(DOCKER.resolve(file)));
    }
    Object block = definition.get("environment");
    if (block instanceof Map<?, ?> map) {
      map.forEach((key, value) -> environment.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
    } else {
      for (String entry : list(block)) {
        environment.put(entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1));
      }
    }
    environment.forEach((key, value) -> {
      if (value.contains("${")) {
        throw new IllegalStateException("compose interpolation in " + service + "/" + key + " is not supported here");
      }
    });
    return environment;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> service(String name) {
    try (Reader reader = Files.newBufferedReader(DOCKER.resolve("compose.yaml"))) {
      Map<String, Object> compose = new Yaml().load(reader);
      Map<String, Object> services = (Map<String, Object>) compose.get("services");
      Map<String, Object> service = (Map<String, Object>) services.get(name);
      if (service == null) {
        throw new IllegalStateException("docker/compose.yaml has no service " + name + ", only " + services.keySet());
      }
      return service;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A compose value that may be a single string or a list of strings (or of {@code {path: ...}}). */
  private static List<String> list(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> items) {
      return items.stream()
          .map(item -> item instanceof Map<?, ?> map ? String.valueOf(map.get("path")) : String.valueOf(item))
          .toList();
    }
    return List.of(String.valueOf(value));
  }

  private static Map<String, String> envFile(Path file) {
    Path readable = file.resolveSibling(file.getFileName() + ".example");
    try {
      Map<String, String> variables = new LinkedHashMap<>();
      for (String line : Files.readAllLines(readable)) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        int equals = trimmed.indexOf('=');
        variables.put(trimmed.substring(0, equals).strip(), unquote(trimmed.substring(equals + 1).strip()));
      }
      return variables;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + readable, e);
    }
  }

  private static String unquote(String value) {
    boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"));
    return quoted ? value.substring(1, value.length() - 1) : value;
  }
}
