package org.alliancecompass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alliancecompass.taskform.FormDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model rules of the design (and of {@code ../shared/tools/check-models.py}), held for every
 * model in {@code bpmn/} and every form in {@code forms/}: diagrams Cockpit and Modeler can show,
 * forms for every user task, someone to do each task by a due date, and a history time-to-live.
 */
class ModelRulesTest {

  static final Set<String> CONTRACT_PROCESSES = Set.of("alliance-lifecycle", "partner-selection", "alliance-agreement",
      "alliance-review", "alliance-dissolution");

  static Map<Path, BpmnModelInstance> models;
  static Map<String, FormDefinition> forms;

  @BeforeAll
  static void read() throws IOException {
    models = new TreeMap<>();
    for (Path file : files("bpmn", ".bpmn")) {
      models.put(file, Bpmn.readModelFromFile(file.toFile()));
    }
    forms = new TreeMap<>();
    for (Path file : files("forms", ".form")) {
      FormDefinition form = FormDefinition.parse(Files.readString(file));
      assertThat(file.getFileName().toString()).as("a form's file is named after its id").isEqualTo(form.id() + ".form");
      forms.put(form.id(), form);
    }
  }

  @Test
  @DisplayName("The five processes of the public contract exist, executable and with a history time-to-live")
  void contractProcesses() {
    List<Process> processes = models.values().stream()
        .flatMap(m -> m.getModelElementsByType(Process.class).stream()).toList();
    assertThat(processes).extracting(Process::getId).containsAll(CONTRACT_PROCESSES);
    assertThat(processes).allSatisfy(p -> {
      assertThat(p.isExecutable()).as(p.getId()).isTrue();
      assertThat(p.getCamundaHistoryTimeToLiveString()).as(p.getId()).isNotBlank();
    });
  }

  @Test
  @DisplayName("Every flow node has a diagram shape and every sequence flow a diagram edge")
  void diagramInterchange() {
    models.forEach((file, model) -> {
      Set<String> shapes = ids(model.getModelElementsByType(BpmnShape.class).stream().map(BpmnShape::getBpmnElement).toList());
      Set<String> edges = ids(model.getModelElementsByType(BpmnEdge.class).stream().map(BpmnEdge::getBpmnElement).toList());
      assertThat(shapes).as(file + " shapes").containsAll(ids(model.getModelElementsByType(FlowNode.class)));
      assertThat(edges).as(file + " edges").containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
      model.getModelElementsByType(BpmnShape.class).forEach(shape ->
          assertThat(shape.getBounds().getWidth()).as(file + " " + shape.getId()).isPositive());
    });
  }

  @Test
  @DisplayName("Every user task has a Camunda Form from forms/, bound to its deployment, offered to a group or a person, with a due date")
  void userTasks() {
    models.forEach((file, model) -> model.getModelElementsByType(UserTask.class).forEach(task -> {
      String where = file + " " + task.getId();
      assertThat(task.getCamundaFormRef()).as(where).isNotNull();
      assertThat(forms).as(where + " form").containsKey(task.getCamundaFormRef());
      assertThat(task.getCamundaFormRefBinding()).as(where).isEqualTo("deployment");
      assertThat(task.getCamundaFormKey()).as(where).isNull();
      assertThat(Stream.of(task.getCamundaCandidateGroups(), task.getCamundaCandidateUsers(), task.getCamundaAssignee()))
          .as(where + " is offered to a group or a person").anyMatch(who -> who != null && !who.isBlank());
      assertThat(task.getCamundaDueDate()).as(where).isNotBlank();
      assertThat(task.getName()).as(where).isNotBlank();
    }));
  }

  @Test
  @DisplayName("A start form is a Camunda Form, never a form key")
  void startForms() {
    models.values().stream().flatMap(m -> m.getModelElementsByType(StartEvent.class).stream()).forEach(start -> {
      assertThat(start.getCamundaFormKey()).as(start.getId()).isNull();
      if (start.getCamundaFormRef() != null) {
        assertThat(forms).containsKey(start.getCamundaFormRef());
      }
    });
  }

  @Test
  @DisplayName("Every form is used by a model, and no two fields of a form write the same variable")
  void formsAreUsed() {
    Set<String> used = models.values().stream().flatMap(m -> Stream.concat(
            m.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
            m.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)))
        .filter(r -> r != null).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrderElementsOf(forms.keySet());
    forms.values().forEach(form -> assertThat(form.fields().stream().map(f -> f.key()).toList())
        .as(form.id()).doesNotHaveDuplicates());
  }

  @Test
  @DisplayName("The review gate is a FIRST-hit decision table with a diagram and a history time-to-live")
  void reviewGate() throws IOException {
    DmnModelInstance dmn = Dmn.readModelFromFile(Path.of("bpmn/review-gate-outcome.dmn").toFile());
    Decision decision = dmn.getModelElementById("review-gate-outcome");
    assertThat(decision).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(((DecisionTable) decision.getExpression()).getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    assertThat(Files.readString(Path.of("bpmn/review-gate-outcome.dmn"), java.nio.charset.StandardCharsets.UTF_8))
        .contains("dmndi:DMNShape");
  }

  static Set<String> ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
  }

  static List<Path> files(String folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
