package org.alliancecompass.agreement;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The leadership team each agreement version sets. Other modules use {@link Agreements}. */
@Repository
class LeadershipTeamRepository {

  private final JdbcClient jdbc;

  LeadershipTeamRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(long agreementId, LeadershipTeam team) {
    for (LeadershipTeam.Member member : team.members()) {
      jdbc.sql("insert into leadership_member (agreement_id, user_id, organisation_id, chair) values (?, ?, ?, ?)")
          .params(agreementId, member.userId(), member.organisationId(), false).update();
    }
    if (team.chair() != null && team.members().stream().noneMatch(m -> m.userId().equals(team.chair()))) {
      jdbc.sql("insert into leadership_member (agreement_id, user_id, organisation_id, chair) values (?, ?, ?, ?)")
          .params(agreementId, team.chair(), null, true).update();
    }
  }

  LeadershipTeam of(long agreementId) {
    List<LeadershipTeam.Member> members = new ArrayList<>();
    String[] chair = {null};
    jdbc.sql("select user_id, organisation_id, chair from leadership_member where agreement_id = ? order by user_id")
        .param(agreementId)
        .query(rs -> {
          if (rs.getBoolean("chair")) {
            chair[0] = rs.getString("user_id");
          } else {
            members.add(new LeadershipTeam.Member(rs.getString("organisation_id"), rs.getString("user_id")));
          }
        });
    return new LeadershipTeam(members, chair[0]);
  }
}
