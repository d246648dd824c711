package org.alliancecompass.governance;

import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.ConflictingRequest;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records a request to dissolve the alliance (message {@code DissolutionRequested}), who made it
 * and why, before it is put to the partners; one such decision at a time. Used by
 * {@code Task_RecordDissolutionRequest} in {@code alliance-lifecycle}.
 */
@Component("recordDissolutionRequest")
class RecordDissolutionRequest implements JavaDelegate {

  private final DecisionRegister register;
  private final PartnerDecisions decisions;

  RecordDissolutionRequest(DecisionRegister register, PartnerDecisions decisions) {
    this.register = register;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (decisions.pending(reference, DecisionTopic.DISSOLUTION)) {
      throw new ConflictingRequest("The partners of " + reference + " are deciding on a request to dissolve it "
          + "already; the next request can be made once they have decided");
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String requestedBy = LifecycleProcess.DISSOLUTION_REQUESTED_BY.from(execution)
        .getOrDefault(user == null ? "An administrator" : user.getUserId());
    LifecycleProcess.DISSOLUTION_REQUESTED_BY.on(execution).set(requestedBy);
    register.record(execution, DecisionStage.GOVERNANCE, "Dissolution requested", "REQUEST",
        user == null ? null : user.getUserId(), requestedBy,
        LifecycleProcess.DISSOLUTION_REASON.from(execution).getOrDefault("No reason given with the request"));
  }
}
