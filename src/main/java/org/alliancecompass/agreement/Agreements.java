package org.alliancecompass.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The agreement module's API: each alliance's agreement versions, and the one in force. */
@Component
public class Agreements {

  private final AgreementRepository agreements;

  Agreements(AgreementRepository agreements) {
    this.agreements = agreements;
  }

  public Optional<Agreement> inForce(String reference) {
    return agreements.inForce(reference);
  }

  /** The decision rule of the agreement in force; unanimity before there is one. */
  public DecisionRule decisionRule(String reference) {
    return inForce(reference).map(Agreement::decisionRule).orElse(DecisionRule.DEFAULT);
  }

  /** The latest version, whatever its status. */
  public Optional<Agreement> latest(String reference) {
    return agreements.latest(reference);
  }

  /** Every version, oldest first. */
  public List<Agreement> ofAlliance(String reference) {
    return agreements.ofAlliance(reference);
  }

  /** Records an agreement already in force (the simulation's alliances start with one). */
  public void recordInForce(Agreement agreement) {
    if (agreement.status() != AgreementStatus.APPROVED) {
      throw new IllegalArgumentException("An agreement in force is APPROVED, got " + agreement.status());
    }
    agreements.insert(agreement);
  }
}
