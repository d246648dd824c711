package org.alliancecompass.selection;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the alliance's objectives as the manager refined them for the candidates.
 * Complete listener of {@code Task_DefinePartnerCriteria} in {@code partner-selection}.
 */
@Component("partnerCriteriaDefined")
class PartnerCriteria implements TaskListener {

  private final Alliances alliances;

  PartnerCriteria(Alliances alliances) {
    this.alliances = alliances;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    alliances.updateObjectives(form.allianceReference(), form.text(LifecycleProcess.OBJECTIVES.getName()));
  }
}
