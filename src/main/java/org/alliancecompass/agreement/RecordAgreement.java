package org.alliancecompass.agreement;

import static org.alliancecompass.alliance.LifecycleProcess.AGREEMENT_VERSION;
import static org.alliancecompass.agreement.AgreementProcess.AGREEMENT_VERSION_ID;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.ReviewCycle;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The approved draft comes into force as the alliance's agreement (the one before is superseded):
 * the partners' commitments and shares of involvement and the review cycle now apply, and the
 * organisations selected to join (every partner at the first agreement, a newcomer at an accession)
 * are partners from now.
 * Used by {@code Task_RecordAgreement} in {@code alliance-agreement}.
 */
@Component("recordAgreement")
class RecordAgreement implements JavaDelegate {

  private final AgreementRepository agreements;
  private final Alliances alliances;
  private final AgreementTerms terms;
  private final LeadershipTeams teams;

  RecordAgreement(AgreementRepository agreements, Alliances alliances, AgreementTerms terms, LeadershipTeams teams) {
    this.agreements = agreements;
    this.alliances = alliances;
    this.terms = terms;
    this.teams = teams;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = AGREEMENT_VERSION_ID.from(execution).get();
    agreements.approve(id);
    Agreement agreement = agreements.find(id).orElseThrow();
    for (Agreement.Commitment commitment : agreement.commitments()) {
      alliances.applyAgreement(agreement.allianceReference(), commitment.organisationId(), commitment.commitment(),
          commitment.expectedShare());
    }
    alliances.updateReviewCycle(agreement.allianceReference(), ReviewCycle.parse(agreement.reviewCycle()));
    // the organisations selected to join sign this version: from now they are partners
    alliances.admitSelected(agreement.allianceReference());
    AGREEMENT_VERSION.on(execution).set(agreement.versionNo());
    // the lifecycle's notice timer follows the term of the version now in force
    terms.follow(execution.getProcessEngineServices(), agreement.allianceReference());
    // and its leadership team decides for the alliance from now
    teams.follow(agreement.allianceReference());
  }
}
