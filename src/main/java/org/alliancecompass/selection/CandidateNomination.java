package org.alliancecompass.selection;

import static org.alliancecompass.selection.SelectionProcess.CANDIDATES;
import static org.alliancecompass.selection.SelectionProcess.CANDIDATE_ASSESSMENT_DEADLINE;
import static org.alliancecompass.selection.SelectionProcess.CANDIDATE_GROUPS;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.identity.Organisation;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.FormViolation;
import org.alliancecompass.taskform.SubmissionRule;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Nominates the candidate organisations (at least two: an alliance has partners, not a partner)
 * and asks each to assess its fit within two weeks. Complete listener of
 * {@code Task_NominateCandidates} in {@code partner-selection}.
 */
@Component("candidateNomination")
class CandidateNomination implements TaskListener, SubmissionRule {

  static final Duration ASSESSMENT_PERIOD = Duration.ofDays(14);

  private final PartnerRegistry registry;
  private final Alliances alliances;
  private final DecisionRegister decisions;

  CandidateNomination(PartnerRegistry registry, Alliances alliances, DecisionRegister decisions) {
    this.registry = registry;
    this.alliances = alliances;
    this.decisions = decisions;
  }

  @Override
  public Set<String> taskIds() {
    return Set.of(SelectionProcess.TASK_NOMINATE);
  }

  @Override
  public List<FormViolation> check(SubmittedForm form) {
    List<String> ids = form.choices(CANDIDATES);
    if (ids.size() < 2) {
      return List.of(new FormViolation(CANDIDATES, "choose at least two candidate organisations, got " + ids.size()));
    }
    return ids.stream().filter(id -> registry.find(id).isEmpty())
        .map(id -> new FormViolation(CANDIDATES, "'" + id + "' is not a partner organisation")).toList();
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    List<String> ids = form.choices(CANDIDATES);
    List<Organisation> candidates = ids.stream().map(id -> registry.find(id).orElseThrow()).toList();

    String reference = form.allianceReference();
    alliances.nominate(reference, candidates);
    CANDIDATE_GROUPS.on(task.getExecution()).set(ids);
    CANDIDATE_ASSESSMENT_DEADLINE.on(task.getExecution()).set(Date.from(Instant.now().plus(ASSESSMENT_PERIOD)));
    String note = form.text(SelectionProcess.NOMINATION_NOTE);
    decisions.record(form, DecisionStage.SELECTION, "Candidates nominated", "NOMINATE", null,
        String.join(", ", candidates.stream().map(Organisation::name).toList()) + (note == null ? "" : ". " + note));
  }
}
