package org.alliancecompass.agreement;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An alliance's own leadership team, as an agreement version sets it: one senior member per
 * partner organisation and optionally an independent chair. An agreement that names none leaves
 * the alliance's decisions to the portfolio's leadership team ({@code alliance-board}).
 *
 * @param members one per partner organisation
 * @param chair the independent chair's user id, or {@code null}
 */
public record LeadershipTeam(List<Member> members, String chair) {

  /** A partner organisation's member of the team. */
  public record Member(String organisationId, String userId) {
  }

  public static final LeadershipTeam NONE = new LeadershipTeam(List.of(), null);

  public LeadershipTeam {
    members = List.copyOf(members);
    chair = chair == null || chair.isBlank() ? null : chair.strip();
  }

  /** Whether the agreement names no team of the alliance's own. */
  public boolean none() {
    return members.isEmpty();
  }

  /** Everyone on the team: the members, then the chair. */
  public Set<String> users() {
    Set<String> users = new LinkedHashSet<>();
    members.forEach(member -> users.add(member.userId()));
    if (chair != null) {
      users.add(chair);
    }
    return users;
  }
}
