package org.alliancecompass.dissolution;

import org.alliancecompass.alliance.PartnerTasks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the dissolution: the partners that must settle their obligations, and a lesson to record
 * for each dimension of the health model. Used by {@code Task_OpenDissolution} in
 * {@code alliance-dissolution}.
 */
@Component("openDissolution")
class OpenDissolution implements JavaDelegate {

  private final Alliances alliances;
  private final HealthModel model;

  OpenDissolution(Alliances alliances, HealthModel model) {
    this.alliances = alliances;
    this.model = model;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PartnerTasks.PARTNER_GROUPS.on(execution).set(alliances.currentPartnerIds(execution.getProcessBusinessKey()));
    execution.setVariable(HealthModel.DIMENSION_OPTIONS, FormJson.of(model.options()));
    List<Map<String, Object>> lessons = model.keys().stream().map(key -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(HealthModel.DIMENSION, key);
      return row;
    }).toList();
    execution.setVariable(DissolutionProcess.LESSONS, FormJson.of(lessons));
  }
}
