package org.alliancecompass.selection;

import java.util.List;
import java.util.Map;

import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Offers the partner organisation registry as the options of the nomination form, read afresh
 * for every round so that an organisation added in Admin can be nominated at once.
 * Used by {@code Task_LoadPartnerRegistry} in {@code partner-selection}.
 */
@Component("loadPartnerRegistry")
class LoadPartnerRegistry implements JavaDelegate {

  private final PartnerRegistry registry;

  LoadPartnerRegistry(PartnerRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, String>> options = registry.organisations().stream()
        .map(o -> Map.of("label", o.name(), "value", o.id())).toList();
    execution.setVariable(SelectionProcess.PARTNER_ORGANISATION_OPTIONS, FormJson.of(options));
  }
}
