package org.alliancecompass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.alliancecompass.support.ProcessTest;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every bean a model names exists and is of the kind its place in the model needs. */
@ProcessTest
class ModelWiringTest {

  static final Pattern SERVICE = Pattern.compile("<bpmn:serviceTask [^>]*camunda:delegateExpression=\"\\$\\{(\\w+)}\"");
  static final Pattern TASK_LISTENER = Pattern.compile("<camunda:taskListener delegateExpression=\"\\$\\{(\\w+)}\"");
  static final Pattern EXECUTION_LISTENER = Pattern.compile("<camunda:executionListener delegateExpression=\"\\$\\{(\\w+)}\"");
  static final Pattern EXPRESSION_BEAN = Pattern.compile("expression=\"\\$\\{(\\w+)\\.");

  @Autowired ApplicationContext context;

  @Test
  @DisplayName("Service tasks, listeners and expressions name Spring beans of the right kind")
  void beansOfTheModels() throws IOException {
    int checked = 0;
    try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String model = Files.readString(file);
        checked += check(model, SERVICE, JavaDelegate.class, file);
        checked += check(model, TASK_LISTENER, TaskListener.class, file);
        checked += check(model, EXECUTION_LISTENER, ExecutionListener.class, file);
        checked += check(model, EXPRESSION_BEAN, Object.class, file);
      }
    }
    assertThat(checked).isGreaterThan(40);
  }

  int check(String model, Pattern pattern, Class<?> kind, Path file) {
    int count = 0;
    Matcher matcher = pattern.matcher(model);
    while (matcher.find()) {
      String bean = matcher.group(1);
      assertThat(context.containsBean(bean)).as(file + " names bean " + bean).isTrue();
      assertThat(context.getBean(bean)).as(file + " " + bean).isInstanceOf(kind);
      count++;
    }
    return count;
  }
}
