package org.alliancecompass.dissolution;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The alliance is dissolved: its partners have left, and what was still open for it ends with it.
 * Used by {@code Task_CloseAlliance} in {@code alliance-dissolution}.
 */
@Component("closeAlliance")
class CloseAlliance implements JavaDelegate {

  private final Alliances alliances;
  private final DecisionRegister decisions;

  CloseAlliance(Alliances alliances, DecisionRegister decisions) {
    this.alliances = alliances;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    alliances.dissolve(execution.getProcessBusinessKey());
    decisions.record(execution, DecisionStage.DISSOLUTION, "Alliance closed", "DISSOLVED", null, null,
        "Exit plan carried out; every partner confirmed its obligations settled");
  }
}
