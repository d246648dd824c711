package org.alliancecompass.decision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decision register of every alliance: approvals, signatures, votes and gate decisions. */
@Repository
public class DecisionRegister {

  private final JdbcClient jdbc;

  DecisionRegister(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String allianceReference, String stage, String subject, String decision, String decidedBy,
      String onBehalfOf, String rationale, String processInstanceId, String taskId) {
    jdbc.sql("""
            insert into decision_record (alliance_reference, stage, subject, decision, decided_by, on_behalf_of,
              rationale, decided_at, process_instance_id, task_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(allianceReference, stage, subject, decision, decidedBy, onBehalfOf, rationale,
            OffsetDateTime.now(ZoneOffset.UTC), processInstanceId, taskId)
        .update();
  }

  private static final String COLUMNS = """
      id, alliance_reference, stage, subject, decision, decided_by, on_behalf_of, rationale, decided_at,
      process_instance_id, task_id""";

  public List<Decision> ofAlliance(String allianceReference) {
    return jdbc.sql("select " + COLUMNS + " from decision_record where alliance_reference = ? order by decided_at, id")
        .param(allianceReference)
        .query(Decision.class)
        .list();
  }

  /** The latest decisions of the given alliances, newest first. */
  public List<Decision> latest(Collection<String> allianceReferences, int limit) {
    if (allianceReferences.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + """
             from decision_record where alliance_reference in (:alliances)
            order by decided_at desc, id desc fetch first :limit rows only""")
        .param("alliances", allianceReferences)
        .param("limit", limit)
        .query(Decision.class)
        .list();
  }
}
