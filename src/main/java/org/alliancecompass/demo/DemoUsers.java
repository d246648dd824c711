package org.alliancecompass.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.alliancecompass.identity.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users and partner organisations of the embedded default (design, section 4). Every
 * demo user's password is its user id. Only in the {@code demo} profile.
 */
@Component
@Profile("demo")
@Order(20)
class DemoUsers implements ApplicationRunner {

  record Organisation(String id, String name) {
  }

  record Person(String id, String firstName, String lastName, String email, String group) {
  }

  static final List<Organisation> ORGANISATIONS = List.of(
      new Organisation("northside-hospital", "Northside Hospital NHS Foundation Trust"),
      new Organisation("city-council", "City Council Adult Social Care"),
      new Organisation("community-care-trust", "Community Care Trust"),
      new Organisation("riverside-gp-federation", "Riverside GP Federation"));

  static final List<Person> PEOPLE = List.of(
      new Person("mia", "Mia", "Patel", "mia@alliance.example", Groups.MANAGERS),
      new Person("bob", "Bob", "Okafor", "bob@alliance.example", Groups.BOARD),
      new Person("lee", "Lee", "Chen", "lee@alliance.example", Groups.LEGAL),
      new Person("fay", "Fay", "Adeyemi", "fay@facilitation.example", Groups.FACILITATORS),
      new Person("nora", "Nora", "Hughes", "nora@northside.example", "northside-hospital"),
      new Person("nate", "Nate", "Price", "nate@northside.example", "northside-hospital"),
      new Person("nadia", "Nadia", "Flores", "nadia@northside.example", "northside-hospital"),
      new Person("carl", "Carl", "Jensen", "carl@citycouncil.example", "city-council"),
      new Person("cleo", "Cleo", "Baptiste", "cleo@citycouncil.example", "city-council"),
      new Person("cara", "Cara", "Murphy", "cara@communitycare.example", "community-care-trust"),
      new Person("ravi", "Ravi", "Shah", "ravi@riversidegp.example", "riverside-gp-federation"));

  /** The organisation's lead representative: the first of its people listed, who signs and decides for it. */
  static String lead(String organisation) {
    return PEOPLE.stream().filter(person -> person.group().equals(organisation)).map(Person::id).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No demo representative of " + organisation));
  }

  private final IdentityService identityService;

  DemoUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Organisation organisation : ORGANISATIONS) {
      if (identityService.createGroupQuery().groupId(organisation.id()).count() == 0) {
        Group group = identityService.newGroup(organisation.id());
        group.setName(organisation.name());
        group.setType(Groups.PARTNER_ORGANISATION_TYPE);
        identityService.saveGroup(group);
      }
    }
    for (Person person : PEOPLE) {
      if (identityService.createUserQuery().userId(person.id()).count() == 0) {
        User user = identityService.newUser(person.id());
        user.setFirstName(person.firstName());
        user.setLastName(person.lastName());
        user.setEmail(person.email());
        user.setPassword(person.id());
        identityService.saveUser(user);
        identityService.createMembership(person.id(), person.group());
      }
    }
  }
}
