package org.alliancecompass.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.alliancecompass.work.WorkRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the record shows, from a scripted history whose numbers are known. */
class ProcessEvidenceTest {

  static final OffsetDateTime START = OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
  static final OffsetDateTime END = START.plusDays(90);

  @Test
  @DisplayName("Decision times: the median and the slowest of the approvals, signatures, votes and final calls "
      + "completed in the period; other tasks and cancelled ones are no decisions")
  void decisionTimes() {
    List<WorkRecord> history = List.of(
        task("Task_SignAgreement", "Sign agreement", 10, 2, null, true),       // 2 days
        task("Task_SignAgreement", "Sign agreement", 10, 6, null, true),       // 6 days
        task("Task_ApproveAgreement", "Approve agreement", 20, 1, null, true), // 1 day
        task("Task_CastDecisionVote", "Vote on the decision", 30, 12, null, true), // 12 days: the slowest
        task("Task_CastDecisionVote", "Vote on the decision", 30, 40, null, false), // cancelled: no decision
        task("Task_AssessPartnerHealth", "Health assessment", 30, 20, null, true), // no decision
        task("Task_SignAgreement", "Sign agreement", -10, 3, null, true));      // ended before the period

    ProcessEvidence evidence = ProcessEvidence.of(START, END, history, List.of(), List.of());

    assertThat(evidence.decisions()).isEqualTo(4);
    assertThat(evidence.medianDecisionDays()).as("of 1, 2, 6, 12").isEqualTo(4.0);
    assertThat(evidence.slowestDecisionDays()).isEqualTo(12.0);
    assertThat(evidence.slowestDecision()).isEqualTo("Vote on the decision");
    assertThat(evidence.tasksCompleted()).isEqualTo(5);
  }

  @Test
  @DisplayName("Late tasks and how late; the reminders and escalations it took, cancelled tasks' too")
  void lateTasksAndChasing() {
    List<WorkRecord> history = List.of(
        task("Task_AssessPartnerHealth", "Health assessment", 5, 14, 10, true, 1, 1),  // 4 days late
        task("Task_AssessPartnerHealth", "Health assessment", 5, 9, 10, true, 1, 0),   // on time
        task("Task_RecordObjectiveAchievement", "Record objective achievement", 20, 30, 21.5, true, 1, 2), // 8.5 late
        task("Task_CastDecisionVote", "Vote on the decision", 40, 20, 14, false, 1, 3), // cancelled, chased
        task("Task_DraftTerms", "Draft agreement terms", 50, 1, null, true, 0, 0));   // no due date

    ProcessEvidence evidence = ProcessEvidence.of(START, END, history, List.of(), List.of());

    assertThat(evidence.tasksCompleted()).isEqualTo(4);
    assertThat(evidence.tasksLate()).isEqualTo(2);
    assertThat(evidence.latestDays()).isEqualTo(8.5);
    assertThat(evidence.reminders()).isEqualTo(4);
    assertThat(evidence.escalations()).isEqualTo(6);
    assertThat(evidence.decisions()).isZero();
    assertThat(evidence.medianDecisionDays()).isNull();
    assertThat(evidence.slowestDecisionDays()).isNull();
  }

  @Test
  @DisplayName("Improvement actions due in the period, and those done by their due date")
  void actionsOnTime() {
    LocalDate day = START.toLocalDate();
    List<ImprovementAction> actions = List.of(
        action(day.plusDays(30), ActionStatus.DONE, START.plusDays(29)),   // on time
        action(day.plusDays(30), ActionStatus.DONE, START.plusDays(30)),   // on its due day: on time
        action(day.plusDays(30), ActionStatus.DONE, START.plusDays(33)),   // late
        action(day.plusDays(60), ActionStatus.OPEN, null),                 // not done
        action(day.plusDays(120), ActionStatus.OPEN, null));               // due after the period

    ProcessEvidence evidence = ProcessEvidence.of(START, END, List.of(), actions, List.of());

    assertThat(evidence.actionsDue()).isEqualTo(4);
    assertThat(evidence.actionsDoneOnTime()).isEqualTo(2);
  }

  @Test
  @DisplayName("Response per organisation: how many of its people answered of how many asked")
  void responseRates() {
    List<Review.Participation> participation = List.of(new Review.Participation("north", 3, 2),
        new Review.Participation("city", 2, 2), new Review.Participation("care", 1, 0),
        new Review.Participation("old", null, 1));

    ProcessEvidence evidence = ProcessEvidence.of(null, END, List.of(), List.of(), participation);

    assertThat(evidence.responseRates()).isEqualTo(Map.of("north", 0.67, "city", 1.0, "care", 0.0, "old", 1.0));
    assertThat(evidence.tasksCompleted()).isZero();
    assertThat(evidence.latestDays()).isNull();
  }

  private static WorkRecord task(String key, String name, int startDay, double days, Number dueAfterDays,
      boolean completed) {
    return task(key, name, startDay, days, dueAfterDays, completed, 0, 0);
  }

  private static WorkRecord task(String key, String name, int startDay, double days, Number dueAfterDays,
      boolean completed, int reminders, int escalations) {
    OffsetDateTime created = START.plusDays(startDay);
    OffsetDateTime ended = created.plusMinutes(Math.round(days * 24 * 60));
    OffsetDateTime due = dueAfterDays == null ? null
        : created.plusMinutes(Math.round(dueAfterDays.doubleValue() * 24 * 60));
    return new WorkRecord("t-" + key + startDay + days, "ALL-1", "process", key, name, created, due, ended, completed,
        reminders, escalations);
  }

  private static ImprovementAction action(LocalDate due, ActionStatus status, OffsetDateTime closed) {
    return new ImprovementAction(1L, "ALL-1", 1, "trust", "An action", "Someone", null, null, due, status, null, null,
        START, closed, closed, List.of());
  }
}
