package org.alliancecompass.identity;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The partner organisation registry: Camunda groups of type {@code partner-organisation}, kept
 * by the administrator in the Admin webapp. There is no second list.
 */
@Component
public class PartnerRegistry {

  private final IdentityService identityService;

  PartnerRegistry(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<Organisation> organisations() {
    return identityService.createGroupQuery().groupType(Groups.PARTNER_ORGANISATION_TYPE).orderByGroupName().asc()
        .list().stream().map(PartnerRegistry::organisation).toList();
  }

  public Optional<Organisation> find(String id) {
    Group group = identityService.createGroupQuery().groupId(id).groupType(Groups.PARTNER_ORGANISATION_TYPE).singleResult();
    return Optional.ofNullable(group).map(PartnerRegistry::organisation);
  }

  public String nameOf(String id) {
    return find(id).map(Organisation::name).orElse(id);
  }

  /** The members of a group (a partner organisation's representatives, the managers), by name. */
  public List<Member> members(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list().stream()
        .map(user -> new Member(user.getId(), fullName(user))).toList();
  }

  private static String fullName(org.camunda.bpm.engine.identity.User user) {
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  private static Organisation organisation(Group group) {
    return new Organisation(group.getId(), group.getName() == null ? group.getId() : group.getName());
  }
}
