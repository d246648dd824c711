package org.alliancecompass.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.alliancecompass.identity.Groups;
import org.alliancecompass.taskform.FormViolation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each alliance's own leadership team, as the agreement in force sets it: who decides for the
 * alliance (approves its next agreement versions, makes the final call on deadlock, decides on
 * renewal). The team is a Camunda group per alliance ({@link Groups#leadershipTeam}), kept in step
 * with the agreement in force, so its tasks reach its members in Tasklist and they are told and
 * chased like everyone. An alliance whose agreement names no team is decided for by the
 * portfolio's leadership team, {@code alliance-board}; {@code alliance.leadership.portfolio-board-also}
 * has that board decide beside every alliance's own team. The models' {@code ${leadershipTeam.groups(execution)}}.
 */
@Component("leadershipTeam")
public class LeadershipTeams {

  private final AgreementRepository agreements;
  private final LeadershipTeamRepository teams;
  private final IdentityService identity;
  private final boolean portfolioBoardAlso;

  LeadershipTeams(AgreementRepository agreements, LeadershipTeamRepository teams, IdentityService identity,
      @Value("${alliance.leadership.portfolio-board-also:false}") boolean portfolioBoardAlso) {
    this.agreements = agreements;
    this.teams = teams;
    this.identity = identity;
    this.portfolioBoardAlso = portfolioBoardAlso;
  }

  /** The candidate groups of a leadership team's task of the alliance: its own team, or the portfolio's. */
  public String groups(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (team(reference).none()) {
      return Groups.BOARD;
    }
    return Groups.leadershipTeam(reference) + (portfolioBoardAlso ? "," + Groups.BOARD : "");
  }

  /** The team of the agreement in force; {@link LeadershipTeam#NONE} before there is one, or when it names none. */
  public LeadershipTeam team(String reference) {
    return agreements.inForce(reference).map(agreement -> teams.of(agreement.id())).orElse(LeadershipTeam.NONE);
  }

  /** The team a draft names: a member in each commitment row (or none), and the chair. */
  static LeadershipTeam of(List<Map<String, Object>> commitments, String chair) {
    List<LeadershipTeam.Member> members = new ArrayList<>();
    for (Map<String, Object> row : commitments) {
      Object user = row.get(AgreementProcess.COMMITMENT_LEADERSHIP_MEMBER);
      if (user != null && !String.valueOf(user).isBlank()) {
        members.add(new LeadershipTeam.Member(String.valueOf(row.get(AgreementProcess.COMMITMENT_ORGANISATION_ID)),
            String.valueOf(user).strip()));
      }
    }
    return new LeadershipTeam(members, chair);
  }

  /**
   * A draft's team: a member for every partner or for none, each a user of the organisation they
   * sit for, the chair a user of the product.
   */
  List<FormViolation> check(List<Map<String, Object>> commitments, String chair) {
    LeadershipTeam team = of(commitments, chair);
    List<FormViolation> violations = new ArrayList<>();
    if (!team.none() && team.members().size() < commitments.size()) {
      violations.add(new FormViolation(AgreementProcess.PARTNER_COMMITMENTS, "name a leadership team member for "
          + "every partner, or for none (then the portfolio's leadership team decides)"));
    }
    for (LeadershipTeam.Member member : team.members()) {
      if (unchecked(() -> identity.createUserQuery().userId(member.userId()).memberOfGroup(member.organisationId())
          .count()) == 0) {
        violations.add(new FormViolation(AgreementProcess.PARTNER_COMMITMENTS, "'"
            + org.alliancecompass.taskform.SafeEcho.of(member.userId()) + "' is not a user of "
            + member.organisationId() + ": its leadership team member must be one of its own people"));
      }
    }
    if (team.chair() != null && unchecked(() -> identity.createUserQuery().userId(team.chair()).count()) == 0) {
      violations.add(new FormViolation(AgreementProcess.LEADERSHIP_CHAIR, "'"
          + org.alliancecompass.taskform.SafeEcho.of(team.chair()) + "' is no user of the product"));
    }
    return violations;
  }

  void save(long agreementId, LeadershipTeam team) {
    teams.save(agreementId, team);
  }

  LeadershipTeam ofVersion(long agreementId) {
    return teams.of(agreementId);
  }

  /** A version came into force: the alliance's team group has the members that version names. */
  void follow(String reference) {
    LeadershipTeam team = team(reference);
    String groupId = Groups.leadershipTeam(reference);
    unchecked(() -> {
      Group group = identity.createGroupQuery().groupId(groupId).singleResult();
      if (group == null && team.none()) {
        return null;
      }
      if (group == null) {
        group = identity.newGroup(groupId);
        group.setName("Leadership team of " + reference);
        group.setType(Groups.LEADERSHIP_TEAM_TYPE);
        identity.saveGroup(group);
      }
      Set<String> now = new HashSet<>();
      for (User user : identity.createUserQuery().memberOfGroup(groupId).list()) {
        now.add(user.getId());
        if (!team.users().contains(user.getId())) {
          identity.deleteMembership(user.getId(), groupId);
        }
      }
      team.users().stream().filter(user -> !now.contains(user)).forEach(user -> identity.createMembership(user, groupId));
      return null;
    });
  }

  /** Reads or writes the identity of the product's own accord, whoever's request it serves: the product checked it. */
  private static <T> T unchecked(Supplier<T> work) {
    CommandContext context = Context.getCommandContext();
    return context == null ? work.get() : context.runWithoutAuthorization(work::get);
  }
}
