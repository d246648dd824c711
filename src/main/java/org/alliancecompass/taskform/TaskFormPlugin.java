package org.alliancecompass.taskform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Makes a model's Camunda Forms binding on the server, for every model, with no per-model
 * configuration: each user task and start event with a {@code camunda:formRef} gets the
 * {@link FormGuard} (with the {@link SubmissionRule}s of the application), and each user task
 * receives submissions through the {@link SubmittingFormHandler}.
 */
@Component
public class TaskFormPlugin extends AbstractProcessEnginePlugin {

  private static final Namespace CAMUNDA_NS = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;

  private final FormGuard guard;

  /** The rules are looked up when first needed: some depend on the engine this plugin configures. */
  TaskFormPlugin(DeployedForms forms, ObjectProvider<SubmissionRule> rules) {
    this.guard = new FormGuard(forms, new FormRules(new FeelConditions()),
        () -> rules.orderedStream().toList());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new FormBindingParseListener());
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  private final class FormBindingParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (element.attributeNS(CAMUNDA_NS, "formRef") == null) {
        return;
      }
      TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, guard);
      boolean oneOfMany = element.element("multiInstanceLoopCharacteristics") != null;
      task.setTaskFormHandler(new SubmittingFormHandler(task.getTaskFormHandler(), guard, oneOfMany));
    }

    @Override
    public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      if (element.attributeNS(CAMUNDA_NS, "formRef") != null && scope == activity.getProcessDefinition()) {
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, guard);
      }
    }
  }
}
