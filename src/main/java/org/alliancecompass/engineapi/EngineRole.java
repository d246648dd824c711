package org.alliancecompass.engineapi;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.alliancecompass.identity.Groups;

/**
 * What a signed-in user is, for the engine API: every user works in Tasklist; managers also start
 * alliances; the leadership team, legal and managers read the diagrams of their tasks.
 * Administrators are not a role here: the engine API is theirs in full.
 */
enum EngineRole {
  EVERYONE, MANAGER, BOARD, LEGAL;

  /** The roles of a user with these groups. */
  static Set<EngineRole> of(Collection<String> groups) {
    Set<EngineRole> roles = EnumSet.of(EVERYONE);
    if (groups.contains(Groups.MANAGERS)) {
      roles.add(MANAGER);
    }
    if (groups.contains(Groups.BOARD)) {
      roles.add(BOARD);
    }
    if (groups.contains(Groups.LEGAL)) {
      roles.add(LEGAL);
    }
    return roles;
  }
}
