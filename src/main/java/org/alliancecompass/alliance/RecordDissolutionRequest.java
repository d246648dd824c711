package org.alliancecompass.alliance;

import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records who asked for the alliance to be dissolved (message {@code DissolutionRequested}) and
 * why, before the alliance goes to dissolution. Used by {@code Task_RecordDissolutionRequest} in
 * {@code alliance-lifecycle}.
 */
@Component("recordDissolutionRequest")
class RecordDissolutionRequest implements JavaDelegate {

  private final DecisionRegister decisions;

  RecordDissolutionRequest(DecisionRegister decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    decisions.record(execution.getProcessBusinessKey(), DecisionStage.DISSOLUTION, "Dissolution requested", "DISSOLVE",
        user == null ? null : user.getUserId(), null,
        LifecycleProcess.DISSOLUTION_REASON.from(execution).getOrDefault("No reason given with the request"),
        execution.getProcessInstanceId(), null);
  }
}
