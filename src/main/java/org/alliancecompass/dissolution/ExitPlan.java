package org.alliancecompass.dissolution;

import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The exit plan: obligations, shared assets and data, continuity of services for patients and
 * users, communications, exit date. Complete listener of {@code Task_PrepareExitPlan} in
 * {@code alliance-dissolution}.
 */
@Component("exitPlan")
class ExitPlan implements TaskListener {

  private final DissolutionRepository dissolutions;

  ExitPlan(DissolutionRepository dissolutions) {
    this.dissolutions = dissolutions;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    dissolutions.saveExitPlan(new PlannedExit(form.allianceReference(), form.text(DissolutionProcess.OBLIGATIONS),
        form.text(DissolutionProcess.SHARED_ASSETS_AND_DATA), form.text(DissolutionProcess.SERVICE_CONTINUITY),
        form.text(DissolutionProcess.COMMUNICATIONS), form.date(DissolutionProcess.EXIT_DATE), form.user(), null));
  }
}
