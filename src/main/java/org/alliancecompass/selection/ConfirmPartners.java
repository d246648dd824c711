package org.alliancecompass.selection;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.taskform.PlainValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The approved selection stands: selected candidates become the alliance's partners-to-be (they
 * join when the agreement is in force), the others are told apart as not selected.
 * Used by {@code Task_ConfirmPartners} in {@code partner-selection}.
 */
@Component("confirmPartners")
class ConfirmPartners implements JavaDelegate {

  private final Alliances alliances;

  ConfirmPartners(Alliances alliances) {
    this.alliances = alliances;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    List<Object> selected = (List<Object>) PlainValues.plain(execution.getVariable(SelectionProcess.SELECTED_PARTNERS));
    alliances.confirmSelection(execution.getProcessBusinessKey(), selected.stream().map(String::valueOf).toList());
  }
}
