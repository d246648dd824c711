package org.alliancecompass.membership;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.identity.Organisation;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.selection.SelectionProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The organisation proposed to join becomes the alliance's candidate, and is asked to assess its
 * own fit with the form and the scoring of partner selection; the form shows why it was proposed.
 * Used by {@code Task_OpenAccession} in {@code partner-accession}.
 */
@Component("openAccession")
class OpenAccession implements JavaDelegate {

  private final Alliances alliances;
  private final PartnerRegistry registry;

  OpenAccession(Alliances alliances, PartnerRegistry registry) {
    this.alliances = alliances;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String organisation = LifecycleProcess.JOINING_PARTNER.from(execution).get();
    Organisation candidate = registry.find(organisation).orElse(new Organisation(organisation, organisation));
    alliances.proposeToJoin(execution.getProcessBusinessKey(), candidate);
    SelectionProcess.CANDIDATE.on(execution).set(organisation);
    LifecycleProcess.JOINING_PARTNER_NAME.on(execution).set(candidate.name());
    execution.setVariable(SelectionProcess.PARTNER_CRITERIA, "a new partner while it runs. Why your organisation is proposed: "
        + LifecycleProcess.ACCESSION_REASON.from(execution).getOrDefault("no reason was given"));
  }
}
