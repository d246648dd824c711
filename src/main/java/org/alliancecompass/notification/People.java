package org.alliancecompass.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who is who, from Camunda's identity service: the members of a group, a person's name and e-mail,
 * asked as the product ({@link SystemCalls}) whoever is signed in.
 */
@Component
class People {

  private final IdentityService identity;
  private final SystemCalls system;

  People(IdentityService identity, SystemCalls system) {
    this.identity = identity;
    this.system = system;
  }

  /** The members of these groups, each once, in the order of the groups. */
  Set<String> membersOf(Collection<String> groups) {
    Set<String> members = new LinkedHashSet<>();
    for (String group : groups) {
      asSystem(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list())
          .forEach(user -> members.add(user.getId()));
    }
    return members;
  }

  boolean isMember(String user, String group) {
    return asSystem(() -> identity.createUserQuery().userId(user).memberOfGroup(group).count()) > 0;
  }

  Optional<String> email(String user) {
    return Optional.ofNullable(find(user)).map(User::getEmail).filter(mail -> !mail.isBlank());
  }

  /** "Mia Patel", or the user id for a user without a name (or no longer known). */
  String name(String user) {
    if (user == null) {
      return "someone";
    }
    User found = find(user);
    if (found == null) {
      return user;
    }
    String name = ((found.getFirstName() == null ? "" : found.getFirstName()) + " "
        + (found.getLastName() == null ? "" : found.getLastName())).strip();
    return name.isEmpty() ? user : name;
  }

  /** A group's name: "Northside Hospital NHS Foundation Trust", "Alliance managers". */
  String groupName(String group) {
    Group found = asSystem(() -> identity.createGroupQuery().groupId(group).singleResult());
    return found == null || found.getName() == null ? group : found.getName();
  }

  /** The names of these groups, joined in words: "City Council and Community Care Trust". */
  String groupNames(List<String> groups) {
    List<String> names = groups.stream().map(this::groupName).toList();
    if (names.isEmpty()) {
      return "nobody yet";
    }
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private User find(String user) {
    return asSystem(() -> identity.createUserQuery().userId(user).singleResult());
  }

  private <T> T asSystem(Supplier<T> query) {
    return system.asSystem(query);
  }
}
