package org.alliancecompass.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.identity.Groups;
import org.alliancecompass.identity.Member;
import org.alliancecompass.identity.PartnerRegistry;
import org.springframework.stereotype.Component;

/**
 * Who may own an alliance's improvement actions: its managers, each partner organisation (any of
 * its representatives may act) and each representative by name. The options of the improvement
 * plan's owner field, and the check of what was chosen.
 */
@Component
class ActionOwners {

  private final Alliances alliances;
  private final PartnerRegistry registry;

  ActionOwners(Alliances alliances, PartnerRegistry registry) {
    this.alliances = alliances;
    this.registry = registry;
  }

  List<ActionOwner> of(String reference) {
    List<ActionOwner> owners = new ArrayList<>();
    for (Member manager : registry.members(Groups.MANAGERS)) {
      owners.add(ActionOwner.person(manager.id(), manager.name() + " (alliance manager)"));
    }
    for (Partner partner : alliances.current(reference)) {
      owners.add(ActionOwner.organisation(partner.organisationId(), partner.organisationName() + " (any representative)"));
      for (Member representative : registry.members(partner.organisationId())) {
        owners.add(ActionOwner.person(representative.id(), representative.name() + ", " + partner.organisationName()));
      }
    }
    return owners;
  }

  Optional<ActionOwner> find(String reference, String value) {
    return of(reference).stream().filter(owner -> owner.value().equals(value)).findFirst();
  }

  /** The form's options: a label and a value each. */
  List<Map<String, String>> options(String reference) {
    return of(reference).stream().map(owner -> Map.of("label", owner.name(), "value", owner.value())).toList();
  }
}
