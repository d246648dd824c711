package org.alliancecompass.selection;

import java.util.EnumMap;
import java.util.Map;

import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.selection.FitScoring.Criterion;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Records a candidate organisation's assessment of its own fit, and whether it would join.
 * Complete listener of {@code Task_AssessCandidateFit} (one task per candidate) in
 * {@code partner-selection}.
 */
@Component("candidateAssessment")
class CandidateAssessment implements TaskListener {

  private final CandidateAssessmentRepository assessments;
  private final DecisionRegister decisions;
  private final PartnerRegistry registry;

  CandidateAssessment(CandidateAssessmentRepository assessments, DecisionRegister decisions, PartnerRegistry registry) {
    this.assessments = assessments;
    this.decisions = decisions;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    String organisation = SelectionProcess.CANDIDATE.from(task).get();
    Map<Criterion, Integer> answers = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      answers.put(criterion, form.integer(criterion.key()));
    }
    boolean willing = "YES".equals(form.text(SelectionProcess.WILLING_TO_JOIN));
    assessments.insert(form.allianceReference(), form.user(), new CandidateAssessmentRepository.Assessment(
        organisation, answers, willing, FitScoring.fitScore(answers), form.text(SelectionProcess.FIT_COMMENT)));
    // what a candidate says of itself is for the managers, the leadership team and the candidate
    decisions.recordConfidential(form, DecisionStage.SELECTION, "Willing to join", willing ? "YES" : "NO",
        organisation, registry.nameOf(organisation), form.text(SelectionProcess.FIT_COMMENT));
  }
}
