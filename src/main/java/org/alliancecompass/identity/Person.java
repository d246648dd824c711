package org.alliancecompass.identity;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * A signed-in person and their groups: the product's roles, and the partner organisations they
 * represent (every other group they belong to).
 */
public record Person(String user, Set<String> groups) {

  /** The groups that are roles of the product rather than partner organisations. */
  public static final Set<String> STAFF = Set.of(Groups.ADMINS, Groups.MANAGERS, Groups.BOARD, Groups.LEGAL);

  public Person {
    groups = Set.copyOf(groups);
  }

  public static Person of(String user, Collection<String> groups) {
    return new Person(user, Set.copyOf(groups));
  }

  public static Person of(Authentication authentication) {
    return new Person(authentication.getName(), authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
  }

  public boolean admin() {
    return groups.contains(Groups.ADMINS);
  }

  public boolean manager() {
    return groups.contains(Groups.MANAGERS);
  }

  public boolean board() {
    return groups.contains(Groups.BOARD);
  }

  /** Managers, the leadership team, legal and administrators: they see every alliance. */
  public boolean staff() {
    return groups.stream().anyMatch(STAFF::contains);
  }

  /** The partner organisations this person represents. */
  public Set<String> organisations() {
    return groups.stream().filter(g -> !STAFF.contains(g)).collect(Collectors.toSet());
  }
}
