package org.alliancecompass.review;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancecompass.work.WorkRecord;

/**
 * What the record shows of an alliance in one review period, beside what its partners say: how
 * long its decisions took, how many tasks ran late and how late, how much chasing it took to get
 * answers, whether improvement actions were done on time, and how many of each organisation's
 * people answered the review. Evidence of two of the four success dimensions, decision making and
 * alliance management capability, that no survey gives. Computed by {@link #of}, a pure function
 * of the period's rows.
 *
 * @param decisions the decisions taken in the period (approvals, legal reviews, signatures, votes,
 *     final calls)
 * @param medianDecisionDays the median time from a decision being asked to being taken, in days
 *     (none without decisions)
 * @param slowestDecisionDays the longest of them
 * @param slowestDecision what the longest was, e.g. "Sign agreement"
 * @param tasksCompleted the tasks people completed in the period
 * @param tasksLate those completed after their due date
 * @param latestDays how late the latest of them was, in days (none when none was late)
 * @param reminders the reminders it took, on the tasks that ended in the period
 * @param escalations the escalations it took
 * @param actionsDue the improvement actions due in the period
 * @param actionsDoneOnTime those done by their due date
 * @param responseRates for each organisation the review asked, the share of its people who answered
 */
public record ProcessEvidence(
    int decisions,
    Double medianDecisionDays,
    Double slowestDecisionDays,
    String slowestDecision,
    int tasksCompleted,
    int tasksLate,
    Double latestDays,
    int reminders,
    int escalations,
    int actionsDue,
    int actionsDoneOnTime,
    Map<String, Double> responseRates) {

  /** The tasks in which an alliance decides: the time they take is the time its decisions take. */
  static final Set<String> DECISIONS = Set.of("Task_ApproveSelection", "Task_LegalReview", "Task_SignAgreement",
      "Task_ApproveAgreement", "Task_CastDecisionVote", "Task_DecideOnDeadlock");

  public ProcessEvidence {
    responseRates = Map.copyOf(responseRates);
  }

  /**
   * The evidence of the period after {@code from} (exclusive; none: since the beginning) up to
   * {@code to} (inclusive).
   *
   * @param tasks the alliance's ended tasks (those outside the period are left out)
   * @param actions the alliance's improvement actions (those due outside the period are left out)
   * @param participation the review's organisations, how many of their people it asked and how many
   *     answered (none: no review in the period)
   */
  public static ProcessEvidence of(OffsetDateTime from, OffsetDateTime to, Collection<WorkRecord> tasks,
      Collection<ImprovementAction> actions, Collection<Review.Participation> participation) {
    List<WorkRecord> ended = tasks.stream().filter(t -> within(t.endedAt(), from, to)).toList();
    List<WorkRecord> completed = ended.stream().filter(WorkRecord::completed).toList();

    List<WorkRecord> decisions = completed.stream().filter(t -> DECISIONS.contains(t.taskKey()))
        .sorted(Comparator.comparing(ProcessEvidence::decisionDays)).toList();
    Double median = null;
    Double slowest = null;
    String slowestName = null;
    if (!decisions.isEmpty()) {
      int n = decisions.size();
      median = n % 2 == 1 ? decisionDays(decisions.get(n / 2))
          : (decisionDays(decisions.get(n / 2 - 1)) + decisionDays(decisions.get(n / 2))) / 2;
      WorkRecord longest = decisions.get(n - 1);
      slowest = decisionDays(longest);
      slowestName = longest.taskName();
    }

    List<Double> lateness = new ArrayList<>();
    for (WorkRecord task : completed) {
      if (task.dueAt() != null && task.endedAt().isAfter(task.dueAt())) {
        lateness.add(days(task.dueAt(), task.endedAt()));
      }
    }

    List<ImprovementAction> due = actions.stream().filter(a -> a.dueDate() != null && within(a.dueDate()
        .atTime(23, 59, 59).atOffset(to.getOffset()), from, to)).toList();
    long onTime = due.stream().filter(a -> a.status() == ActionStatus.DONE && a.closedAt() != null
        && !a.closedAt().toLocalDate().isAfter(a.dueDate())).count();

    Map<String, Double> rates = new LinkedHashMap<>();
    for (Review.Participation p : participation) {
      int asked = p.peopleAsked() == null ? Math.max(1, p.respondents()) : p.peopleAsked();
      rates.put(p.organisationId(), asked == 0 ? 0.0 : Math.round(100.0 * p.respondents() / asked) / 100.0);
    }

    return new ProcessEvidence(decisions.size(), round(median), round(slowest), slowestName, completed.size(),
        lateness.size(), round(lateness.stream().max(Double::compare).orElse(null)),
        ended.stream().mapToInt(WorkRecord::remindersSent).sum(), ended.stream().mapToInt(WorkRecord::escalations).sum(),
        due.size(), (int) onTime, rates);
  }

  private static boolean within(OffsetDateTime at, OffsetDateTime from, OffsetDateTime to) {
    return at != null && (from == null || at.isAfter(from)) && !at.isAfter(to);
  }

  private static double decisionDays(WorkRecord task) {
    return days(task.createdAt(), task.endedAt());
  }

  private static double days(OffsetDateTime from, OffsetDateTime to) {
    return Duration.between(from, to).toMinutes() / (24.0 * 60);
  }

  /** Days to one decimal: a tenth of a day is under two and a half hours. */
  private static Double round(Double days) {
    return days == null ? null : Math.round(days * 10) / 10.0;
  }
}
