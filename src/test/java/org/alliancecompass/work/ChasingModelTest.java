package org.alliancecompass.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Nothing waits silently: every user task of every model in {@code bpmn/} is chased the one way
 * the product chases, by its two timeout task listeners (a reminder, then escalations that repeat
 * until it is done), which Camunda Modeler shows on the task and Cockpit as its timer jobs.
 */
class ChasingModelTest {

  static Map<Path, BpmnModelInstance> models;

  @BeforeAll
  static void read() throws IOException {
    models = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
        models.put(file, Bpmn.readModelFromFile(file.toFile()));
      }
    }
  }

  @Test
  @DisplayName("Every user task of every model has the reminder and the repeating escalation, as timeout listeners")
  void everyUserTaskIsChased() {
    int tasks = 0;
    for (Map.Entry<Path, BpmnModelInstance> model : models.entrySet()) {
      for (UserTask task : model.getValue().getModelElementsByType(UserTask.class)) {
        String where = model.getKey() + " " + task.getId();
        List<CamundaTaskListener> timeouts = task.getExtensionElements() == null ? List.of()
            : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                .filter(listener -> "timeout".equals(listener.getCamundaEvent())).toList();
        assertThat(timeouts).as(where + ": its timeout listeners").extracting(listener -> listener.getAttributeValue("id"))
            .containsExactly(ChasingPolicy.REMINDER, ChasingPolicy.ESCALATION);

        CamundaTaskListener reminder = timeouts.get(0);
        assertThat(reminder.getCamundaDelegateExpression()).as(where).isEqualTo("${" + ChasingPolicy.REMINDER_LISTENER + "}");
        TimerEventDefinition reminderTimer = timer(reminder);
        assertThat(reminderTimer.getTimeDate()).as(where + ": a reminder is one date").isNotNull();
        assertThat(reminderTimer.getTimeDate().getTextContent()).as(where).isEqualTo(ChasingPolicy.REMINDER_TIMER);

        CamundaTaskListener escalation = timeouts.get(1);
        assertThat(escalation.getCamundaDelegateExpression()).as(where).isEqualTo("${" + ChasingPolicy.ESCALATION_LISTENER + "}");
        TimerEventDefinition escalationTimer = timer(escalation);
        assertThat(escalationTimer.getTimeCycle()).as(where + ": escalation repeats").isNotNull();
        assertThat(escalationTimer.getTimeCycle().getTextContent()).as(where).isEqualTo(ChasingPolicy.ESCALATION_TIMER);
        tasks++;
      }
    }
    assertThat(tasks).as("user tasks in bpmn/").isGreaterThanOrEqualTo(18);
  }

  @Test
  @DisplayName("One way of chasing: no reminder boundary timers or reminder service tasks; a timer on a task is a deadline")
  void oneMechanism() {
    models.forEach((file, model) -> {
      for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
        if (event.getAttachedTo() instanceof UserTask && !event.getEventDefinitions().isEmpty()
            && event.getEventDefinitions().iterator().next() instanceof TimerEventDefinition) {
          assertThat(event.cancelActivity()).as(file + " " + event.getId() + " is a deadline that changes the flow")
              .isTrue();
        }
      }
      assertThat(model.getModelElementsByType(ServiceTask.class)).as(file.toString())
          .noneMatch(task -> String.valueOf(task.getCamundaDelegateExpression()).contains("Reminder"));
    });
  }

  private static TimerEventDefinition timer(CamundaTaskListener listener) {
    assertThat(listener.getTimeouts()).hasSize(1);
    return listener.getTimeouts().iterator().next();
  }
}
