package org.alliancecompass.selection;

import static org.alliancecompass.selection.SelectionProcess.SELECTED_BY;
import static org.alliancecompass.selection.SelectionProcess.SELECTED_BY_NAME;
import static org.alliancecompass.selection.SelectionProcess.SELECTED_PARTNERS;
import static org.alliancecompass.selection.SelectionProcess.SELECTED_PARTNER_NAMES;

import java.util.List;
import java.util.Set;

import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.taskform.FormViolation;
import org.alliancecompass.taskform.SubmissionRule;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Records the manager's selection (at least two partners) and who made it, so that someone else
 * approves it. Complete listener of {@code Task_SelectPartners} in {@code partner-selection}.
 */
@Component("partnerSelection")
class PartnerSelection implements TaskListener, SubmissionRule {

  private final PartnerRegistry registry;
  private final DecisionRegister decisions;

  PartnerSelection(PartnerRegistry registry, DecisionRegister decisions) {
    this.registry = registry;
    this.decisions = decisions;
  }

  @Override
  public Set<String> taskIds() {
    return Set.of(SelectionProcess.TASK_SELECT);
  }

  @Override
  public List<FormViolation> check(SubmittedForm form) {
    int selected = form.choices(SELECTED_PARTNERS).size();
    return selected < 2 ? List.of(new FormViolation(SELECTED_PARTNERS, "select at least two partners, got " + selected))
        : List.of();
  }

  @Override
  public void notify(DelegateTask task) {
    SubmittedForm form = SubmittedForm.of(task);
    List<String> selected = form.choices(SELECTED_PARTNERS);
    String names = String.join(", ", selected.stream().map(registry::nameOf).toList());
    String user = form.user();
    User person = user == null ? null
        : task.getProcessEngineServices().getIdentityService().createUserQuery().userId(user).singleResult();
    SELECTED_BY.on(task.getExecution()).set(user);
    SELECTED_BY_NAME.on(task.getExecution()).set(person == null ? user
        : (person.getFirstName() + " " + person.getLastName()).trim());
    SELECTED_PARTNER_NAMES.on(task.getExecution()).set(names);
    decisions.record(form, DecisionStage.SELECTION, "Partners selected: " + names, "SELECT", "Alliance manager",
        form.text(SelectionProcess.SELECTION_RATIONALE));
  }
}
