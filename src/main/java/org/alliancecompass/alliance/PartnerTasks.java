package org.alliancecompass.alliance;

import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.List;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The variables of a task for each partner organisation (a multi-instance user task whose
 * candidate group is the organisation): signatures, health assessments, votes, settled obligations.
 * Every process that asks each partner uses these names.
 */
public final class PartnerTasks {

  /** The partner organisations asked (the multi-instance collection). */
  public static final VariableFactory<List<String>> PARTNER_GROUPS = listVariable("partnerGroups", String.class);
  /** The partner organisation of one task (the multi-instance element, its candidate group). */
  public static final VariableFactory<String> PARTNER = stringVariable("partner");

  private PartnerTasks() {
  }
}
