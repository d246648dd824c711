package org.alliancecompass.decision;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.alliancecompass.identity.Reader;
import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The decision register of every alliance: approvals, signatures, votes and gate decisions, each
 * with who decided, for whom, when and why. The decision module's API; every decision recorded
 * is published as {@link DecisionRecorded}.
 */
@Component
public class DecisionRegister {

  private static final String COLUMNS = """
      id, alliance_reference, stage, subject, decision, decided_by, on_behalf_of, rationale, decided_at,
      process_instance_id, task_id, confidential_to""";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  DecisionRegister(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** A decision a person took in a task, as the form they submitted says: they decided, in that task. */
  public void record(SubmittedForm form, DecisionStage stage, String subject, String decision, String onBehalfOf,
      String rationale) {
    DelegateTask task = form.task();
    record(form.allianceReference(), stage, subject, decision, form.user(), onBehalfOf, rationale,
        task.getProcessInstanceId(), task.getId(), null);
  }

  /**
   * A decision an organisation took about itself in a task (a candidate's willingness to join):
   * for the alliance's staff and that organisation only.
   */
  public void recordConfidential(SubmittedForm form, DecisionStage stage, String subject, String decision,
      String organisationId, String onBehalfOf, String rationale) {
    DelegateTask task = form.task();
    record(form.allianceReference(), stage, subject, decision, form.user(), onBehalfOf, rationale,
        task.getProcessInstanceId(), task.getId(), organisationId);
  }

  /** A decision taken in a step of a process: by a rule (the review gate), a tally, or the user who sent a request. */
  public void record(DelegateExecution execution, DecisionStage stage, String subject, String decision,
      String decidedBy, String onBehalfOf, String rationale) {
    record(execution.getProcessBusinessKey(), stage, subject, decision, decidedBy, onBehalfOf, rationale,
        execution.getProcessInstanceId(), null, null);
  }

  public void record(String allianceReference, DecisionStage stage, String subject, String decision, String decidedBy,
      String onBehalfOf, String rationale, String processInstanceId, String taskId) {
    record(allianceReference, stage, subject, decision, decidedBy, onBehalfOf, rationale, processInstanceId, taskId,
        null);
  }

  private void record(String allianceReference, DecisionStage stage, String subject, String decision,
      String decidedBy, String onBehalfOf, String rationale, String processInstanceId, String taskId,
      String confidentialTo) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into decision_record (alliance_reference, stage, subject, decision, decided_by, on_behalf_of,
              rationale, decided_at, process_instance_id, task_id, confidential_to)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(allianceReference, stage.name(), subject, decision, decidedBy, onBehalfOf, rationale,
            now, processInstanceId, taskId, confidentialTo)
        .update(key, "id");
    events.publishEvent(new DecisionRecorded(new Decision(key.getKey().longValue(), allianceReference, stage, subject,
        decision, decidedBy, onBehalfOf, rationale, now, processInstanceId, taskId, confidentialTo)));
  }

  /** Every decision of the alliance, confidential ones too: for the product's own steps and the staff. */
  public List<Decision> ofAlliance(String allianceReference) {
    return jdbc.sql("select " + COLUMNS + " from decision_record where alliance_reference = ? order by decided_at, id")
        .param(allianceReference)
        .query(Decision.class)
        .list();
  }

  /** The decisions of the alliance the reader may read, oldest first. */
  public List<Decision> ofAlliance(String allianceReference, Reader reader) {
    return jdbc.sql("select " + COLUMNS + " from decision_record where alliance_reference = :alliance and "
            + READABLE + " order by decided_at, id")
        .param("alliance", allianceReference)
        .params(readable(reader))
        .query(Decision.class)
        .list();
  }

  /** The latest decisions of every alliance that the reader may read, newest first (the staff's portfolio). */
  public List<Decision> latest(int limit, Reader reader) {
    return jdbc.sql("select " + COLUMNS + " from decision_record where " + READABLE
            + " order by decided_at desc, id desc fetch first :limit rows only")
        .param("limit", limit)
        .params(readable(reader))
        .query(Decision.class)
        .list();
  }

  /** The latest decisions of the given alliances that the reader may read, newest first. */
  public List<Decision> latest(Collection<String> allianceReferences, int limit, Reader reader) {
    if (allianceReferences.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from decision_record where alliance_reference in (:alliances) and "
            + READABLE + " order by decided_at desc, id desc fetch first :limit rows only")
        .param("alliances", allianceReferences)
        .param("limit", limit)
        .params(readable(reader))
        .query(Decision.class)
        .list();
  }

  /** {@link Decision#readableBy}, in SQL. */
  private static final String READABLE =
      "(confidential_to is null or :staff = true or confidential_to in (:organisations))";

  private static Map<String, Object> readable(Reader reader) {
    // an empty list is no SQL: '-' is no organisation
    return Map.of("staff", reader.staff(), "organisations",
        reader.organisations().isEmpty() ? List.of("-") : List.copyOf(reader.organisations()));
  }
}
