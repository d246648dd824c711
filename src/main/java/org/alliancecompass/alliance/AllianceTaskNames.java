package org.alliancecompass.alliance;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task of an alliance shows the alliance in its name, e.g. "Health assessment: North
 * City Frailty Alliance", so that a Tasklist full of reviews stays readable, while the diagrams
 * keep short names.
 */
@Component
class AllianceTaskNames extends AbstractProcessEnginePlugin {

  private static final TaskListener NAME_WITH_ALLIANCE = task -> {
    Object alliance = task.getVariable(LifecycleProcess.ALLIANCE_NAME.getName());
    if (alliance != null && task.getName() != null) {
      task.setName(task.getName() + ": " + alliance);
    }
  };

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NAME_WITH_ALLIANCE);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

}
