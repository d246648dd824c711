package org.alliancecompass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import org.alliancecompass.agreement.AgreementProcess;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.PartnerTasks;
import org.alliancecompass.dissolution.DissolutionProcess;
import org.alliancecompass.governance.PartnerDecisionProcess;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.membership.AccessionProcess;
import org.alliancecompass.membership.ExitProcess;
import org.alliancecompass.review.ActionProcess;
import org.alliancecompass.notification.NotificationDigestProcess;
import org.alliancecompass.notification.NotificationMailProcess;
import org.alliancecompass.review.ReviewProcess;
import org.alliancecompass.selection.FitScoring;
import org.alliancecompass.selection.SelectionProcess;
import org.alliancecompass.taskform.FormDefinition;
import org.alliancecompass.taskform.FormField;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The models, the forms and the code name the same things: every field key of a form is declared
 * in the process class of the process that shows the form (or in a class every process shares),
 * every element id a process class names is an element of its model, and no process class
 * declares a name another one already does.
 */
class ProcessContractTest {

  /** Each process and the class that holds its key, element ids and variables. */
  static final Map<String, Class<?>> PROCESS_CLASSES = Map.ofEntries(
      Map.entry(LifecycleProcess.KEY, LifecycleProcess.class),
      Map.entry(SelectionProcess.KEY, SelectionProcess.class),
      Map.entry(AgreementProcess.KEY, AgreementProcess.class),
      Map.entry(ReviewProcess.KEY, ReviewProcess.class),
      Map.entry(DissolutionProcess.KEY, DissolutionProcess.class),
      Map.entry(PartnerDecisionProcess.KEY, PartnerDecisionProcess.class),
      Map.entry(ActionProcess.KEY, ActionProcess.class),
      Map.entry(AccessionProcess.KEY, AccessionProcess.class),
      Map.entry(ExitProcess.KEY, ExitProcess.class),
      Map.entry(NotificationMailProcess.KEY, NotificationMailProcess.class),
      Map.entry(NotificationDigestProcess.KEY, NotificationDigestProcess.class));

  /** A process that shows another's form: the accession asks a candidate the fit questions of partner selection. */
  static final Map<String, Class<?>> FORMS_SHOWN_FROM = Map.of(AccessionProcess.KEY, SelectionProcess.class);

  /**
   * Names every process uses: the alliance's (its lifecycle hands them to every process it calls),
   * the partner of a task, the dimensions of the health model.
   */
  static final List<Class<?>> SHARED = List.of(LifecycleProcess.class, PartnerTasks.class, HealthModel.class);

  /** Form keys that are data of a model rather than names: the statements of the health model, the fit criteria. */
  static Set<String> modelData() {
    Set<String> keys = new TreeSet<>();
    HealthModel health = HealthModel.load();
    keys.addAll(health.statementKeys());
    health.dimensions().forEach(d -> keys.add(d.commentKey()));
    java.util.Arrays.stream(FitScoring.Criterion.values()).map(FitScoring.Criterion::key).forEach(keys::add);
    return keys;
  }

  @Test
  @DisplayName("Every field of every form is declared in the process class of the process that shows it")
  void formFieldsAreDeclared() throws IOException {
    Map<String, List<String>> undeclared = new TreeMap<>();
    Set<String> modelData = modelData();
    for (Map.Entry<String, Set<String>> shown : formsByProcess().entrySet()) {
      Set<String> declared = new TreeSet<>(names(PROCESS_CLASSES.get(shown.getKey())));
      SHARED.forEach(shared -> declared.addAll(names(shared)));
      java.util.Optional.ofNullable(FORMS_SHOWN_FROM.get(shown.getKey())).ifPresent(other -> declared.addAll(names(other)));
      for (String formId : shown.getValue()) {
        for (String key : keys(form(formId))) {
          if (!modelData.contains(key) && !declared.contains(key)) {
            undeclared.computeIfAbsent(shown.getKey() + " / " + formId, k -> new ArrayList<>()).add(key);
          }
        }
      }
    }
    assertThat(undeclared).as("form keys no process class declares").isEmpty();
  }

  @Test
  @DisplayName("Every element id a process class names is an element of its process's model")
  void elementIdsExist() throws IOException {
    Map<String, List<String>> missing = new TreeMap<>();
    Map<String, BpmnModelInstance> models = models();
    PROCESS_CLASSES.forEach((process, type) -> {
      BpmnModelInstance model = models.get(process);
      for (String id : names(type)) {
        if (id.matches("(Task|Event|Call|Gateway|SubProcess)_\\w+") && model.getModelElementById(id) == null) {
          missing.computeIfAbsent(process, k -> new ArrayList<>()).add(id);
        }
      }
    });
    assertThat(missing).as("element ids that are in no model").isEmpty();
  }

  @Test
  @DisplayName("No name is declared twice: a process class does not repeat what another, or a shared class, declares")
  void declaredOnce() {
    Map<String, List<String>> declaredBy = new TreeMap<>();
    Stream.concat(PROCESS_CLASSES.values().stream(), SHARED.stream()).distinct().forEach(type ->
        names(type).stream().filter(name -> !name.matches("(Task|Event|Call|Gateway|SubProcess)_\\w+"))
            .forEach(name -> declaredBy.computeIfAbsent(name, k -> new ArrayList<>()).add(type.getSimpleName())));
    declaredBy.values().removeIf(classes -> classes.size() < 2);
    assertThat(declaredBy).as("names declared in more than one class").isEmpty();
  }

  /** The string constants and variable names a class declares. */
  static Set<String> names(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && Modifier.isPublic(field.getModifiers())) {
        try {
          Object value = field.get(null);
          if (value instanceof String text) {
            names.add(text);
          } else if (value instanceof VariableFactory<?> variable) {
            names.add(variable.getName());
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }

  static List<String> keys(FormDefinition form) {
    List<String> keys = new ArrayList<>();
    for (FormField field : form.fields()) {
      keys.add(field.key());
      field.children().forEach(child -> keys.add(child.key()));
    }
    return keys;
  }

  static FormDefinition form(String id) throws IOException {
    return FormDefinition.parse(Files.readString(Path.of("forms", id + ".form")));
  }

  /** The forms each process shows: its user tasks' and its start event's. */
  static Map<String, Set<String>> formsByProcess() throws IOException {
    Map<String, Set<String>> forms = new LinkedHashMap<>();
    models().forEach((process, model) -> {
      Set<String> ids = new TreeSet<>();
      model.getModelElementsByType(UserTask.class).forEach(task -> ids.add(task.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
          .filter(java.util.Objects::nonNull).forEach(ids::add);
      forms.put(process, ids);
    });
    return forms;
  }

  static Map<String, BpmnModelInstance> models() throws IOException {
    Map<String, BpmnModelInstance> models = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        models.put(model.getModelElementsByType(Process.class).iterator().next().getId(), model);
      }
    }
    return models;
  }
}
