package org.alliancecompass.dissolution;

import java.util.LinkedHashMap;
import java.util.Map;

import org.alliancecompass.alliance.AllianceRepository;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerRepository;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.review.Dimension;
import org.alliancecompass.review.ImprovementActionRepository;
import org.alliancecompass.review.ReviewRepository;
import org.alliancecompass.selection.PartnerRegistry;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The steps of {@code alliance-dissolution}: an orderly exit, then lessons for the next alliance. */
@Component
class DissolutionSteps {

  private final AllianceRepository alliances;
  private final PartnerRepository partners;
  private final DissolutionRepository dissolutions;
  private final DecisionRegister decisions;
  private final PartnerRegistry registry;
  private final ImprovementActionRepository actions;
  private final ReviewRepository reviews;

  DissolutionSteps(AllianceRepository alliances, PartnerRepository partners, DissolutionRepository dissolutions,
      DecisionRegister decisions, PartnerRegistry registry, ImprovementActionRepository actions,
      ReviewRepository reviews) {
    this.alliances = alliances;
    this.partners = partners;
    this.dissolutions = dissolutions;
    this.decisions = decisions;
    this.registry = registry;
    this.actions = actions;
    this.reviews = reviews;
  }

  /**
   * {@code Task_OpenDissolution}: the partners that must settle their obligations. A review that
   * was running when dissolution was decided or requested is cancelled.
   */
  @Component("openDissolution")
  static class Open implements JavaDelegate {
    private final DissolutionSteps steps;

    Open(DissolutionSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String reference = execution.getProcessBusinessKey();
      DissolutionProcess.PARTNER_GROUPS.on(execution).set(
          steps.partners.current(reference).stream().map(Partner::organisationId).toList());
      steps.reviews.cancelOpen(reference);
    }
  }

  /** Complete listener of {@code Task_PrepareExitPlan}. */
  @Component("exitPlan")
  static class ExitPlan implements TaskListener {
    private final DissolutionSteps steps;

    ExitPlan(DissolutionSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      steps.dissolutions.saveExitPlan(new DissolutionRepository.ExitPlan(form.allianceReference(),
          form.text("obligations"), form.text("sharedAssetsAndData"), form.text("serviceContinuity"),
          form.text("communications"), form.date("exitDate"), form.user(), null));
    }
  }

  /** Complete listener of {@code Task_ConfirmObligationsSettled}, one task per partner. */
  @Component("obligationsConfirmation")
  static class ObligationsSettled implements TaskListener {
    private final DissolutionSteps steps;

    ObligationsSettled(DissolutionSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      String partner = DissolutionProcess.PARTNER.from(task).get();
      steps.decisions.record(form.allianceReference(), "DISSOLUTION", "Obligations settled", "SETTLED", form.user(),
          steps.registry.nameOf(partner), form.text("settlementNotes"), task.getProcessInstanceId(), task.getId());
    }
  }

  /** Complete listener of {@code Task_RecordLessonsLearned}. */
  @Component("lessonsLearned")
  static class Lessons implements TaskListener {
    private final DissolutionSteps steps;

    Lessons(DissolutionSteps steps) {
      this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
      SubmittedForm form = SubmittedForm.of(task);
      Map<String, String> lessons = new LinkedHashMap<>();
      lessons.put(Dimension.TRUST.key(), form.text("lessonTrust"));
      lessons.put(Dimension.DECISION_MAKING.key(), form.text("lessonDecisionMaking"));
      lessons.put(Dimension.MANAGEMENT_CAPABILITY.key(), form.text("lessonManagementCapability"));
      lessons.put(Dimension.FLEXIBILITY.key(), form.text("lessonFlexibility"));
      lessons.put(null, form.text("lessonOverall"));
      lessons.forEach((dimension, lesson) -> {
        if (lesson != null) {
          steps.dissolutions.saveLesson(form.allianceReference(), dimension, lesson, form.user());
        }
      });
    }
  }

  /** {@code Task_CloseAlliance}: the alliance is dissolved; its partners have left. */
  @Component("closeAlliance")
  static class Close implements JavaDelegate {
    private final DissolutionSteps steps;

    Close(DissolutionSteps steps) {
      this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String reference = execution.getProcessBusinessKey();
      steps.partners.exitAll(reference);
      steps.actions.closeOpen(reference, "CLOSED_AT_DISSOLUTION");
      steps.alliances.dissolve(reference);
      steps.decisions.record(reference, "DISSOLUTION", "Alliance closed", "DISSOLVED", null, null,
          "Exit plan carried out; every partner confirmed its obligations settled", execution.getProcessInstanceId(),
          null);
    }
  }
}
