package org.alliancecompass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every process is exercised by its process tests: at least 95% of its flow nodes, counted over
 * all process test classes, from the reports camunda-process-test-coverage wrote under
 * {@code target/process-test-coverage/} (the process tests run before this one, in the test phase).
 */
class ProcessCoverageIT {

  static final double REQUIRED = 0.95;

  @Test
  @DisplayName("Process tests cover at least 95% of the flow nodes of each process")
  void everyProcessIsCovered() throws IOException {
    Map<String, Set<String>> covered = coveredFlowNodes(Path.of("target/process-test-coverage"));
    Map<String, Set<String>> all = flowNodes(Path.of("bpmn"));
    assertThat(all).as("the contract's five processes, and the partners' decision")
        .containsKeys("alliance-lifecycle", "partner-selection", "alliance-agreement", "alliance-review",
            "alliance-dissolution", "partner-decision");

    Map<String, Double> coverage = new TreeMap<>();
    all.forEach((process, nodes) -> {
      Set<String> missing = new TreeSet<>(nodes);
      missing.removeAll(covered.getOrDefault(process, Set.of()));
      coverage.put(process, 1.0 - (double) missing.size() / nodes.size());
      System.out.printf("process coverage %-22s %5.1f%% of %d flow nodes%s%n", process,
          coverage.get(process) * 100, nodes.size(), missing.isEmpty() ? "" : ", not covered: " + missing);
    });
    assertThat(coverage).allSatisfy((process, share) -> assertThat(share).as(process).isGreaterThanOrEqualTo(REQUIRED));
  }

  static Map<String, Set<String>> coveredFlowNodes(Path reports) throws IOException {
    Map<String, Set<String>> covered = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path report : files.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
        for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode event : run.path("events")) {
              if ("FLOW_NODE".equals(event.path("source").asText())) {
                covered.computeIfAbsent(event.path("modelKey").asText(), k -> new TreeSet<>())
                    .add(event.path("definitionKey").asText().replace("#multiInstanceBody", ""));
              }
            }
          }
        }
      }
    }
    return covered;
  }

  static Map<String, Set<String>> flowNodes(Path models) throws IOException {
    Map<String, Set<String>> nodes = new HashMap<>();
    try (Stream<Path> files = Files.list(models)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        String process = model.getModelElementsByType(Process.class).iterator().next().getId();
        nodes.put(process, model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
            .collect(Collectors.toCollection(TreeSet::new)));
      }
    }
    return nodes;
  }
}
