package org.alliancecompass.work;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;

import org.alliancecompass.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * When and to whom open work is chased: one policy for every user task of every model. Each user
 * task declares two timeout task listeners (visible in Camunda Modeler, and as timer jobs in
 * Cockpit): {@value #REMINDER} ({@link WorkReminder}) at the time {@link #reminder} gives, and
 * {@value #ESCALATION} ({@link WorkEscalation}) on the cycle {@link #escalation} gives, which
 * starts at the due date and repeats every {@code alliance.chasing.escalation-repeat} until the
 * task is done. The timer definitions of those listeners call it ({@link #REMINDER_TIMER},
 * {@link #ESCALATION_TIMER}).
 */
@Component("chasingPolicy")
public class ChasingPolicy {

  /** The id of every user task's reminder timeout listener. */
  public static final String REMINDER = "Reminder";
  /** The id of every user task's escalation timeout listener. */
  public static final String ESCALATION = "Escalation";
  public static final String REMINDER_LISTENER = "workReminder";
  public static final String ESCALATION_LISTENER = "workEscalation";
  /** The timer expressions of the two listeners. */
  public static final String REMINDER_TIMER = "${chasingPolicy.reminder(execution)}";
  public static final String ESCALATION_TIMER = "${chasingPolicy.escalation(execution)}";

  /** A reminded task moves up in Tasklist; an escalated one to the top. */
  public static final int REMINDED_PRIORITY = 80;
  public static final int ESCALATED_PRIORITY = 100;

  /** A chase never falls due in the past: an already late task is chased this soon after it arrives. */
  static final Duration NOT_BEFORE = Duration.ofMinutes(1);

  private final ChasingSettings settings;

  ChasingPolicy(ChasingSettings settings) {
    this.settings = settings;
  }

  /**
   * When the task about to be created in this execution is reminded: the configured share of the
   * way to its due date. Evaluated as the engine schedules the task's timers, just before the task
   * itself exists, so the due date is read from the task's definition.
   */
  public Date reminder(DelegateExecution execution) {
    Instant now = Instant.now();
    Instant due = due(execution, now);
    Instant reminder = now.plusMillis((long) (Duration.between(now, due).toMillis() * settings.reminderAt()));
    return Date.from(latest(reminder, now.plus(NOT_BEFORE)));
  }

  /** The escalation cycle of the task about to be created: from its due date, every escalation-repeat. */
  public String escalation(DelegateExecution execution) {
    Instant now = Instant.now();
    Instant first = latest(due(execution, now), now.plus(NOT_BEFORE));
    // a cycle's start is written to the second: round up, never escalate before the due date
    Instant second = first.truncatedTo(ChronoUnit.SECONDS);
    return "R/" + (second.equals(first) ? second : second.plusSeconds(1)) + "/" + settings.escalationRepeat();
  }

  /**
   * The group that can act when a task of these candidate groups is overdue: the leadership team
   * for the alliance managers' own tasks, the alliance managers for everyone else's (partners,
   * the leadership team, legal).
   */
  public String escalationGroup(Collection<String> candidateGroups) {
    return candidateGroups.contains(Groups.MANAGERS) ? Groups.BOARD : Groups.MANAGERS;
  }

  private Instant due(DelegateExecution execution, Instant now) {
    Object due = null;
    if (execution instanceof ExecutionEntity entity
        && entity.getActivity() != null
        && entity.getActivity().getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      Expression expression = userTask.getTaskDefinition().getDueDateExpression();
      due = expression == null ? null : expression.getValue(execution);
    }
    if (due instanceof Date date) {
      return date.toInstant();
    }
    if (due instanceof String text && !text.isBlank()) {
      return OffsetDateTime.parse(text).toInstant();
    }
    return now.atOffset(ZoneOffset.UTC).plus(settings.escalationRepeat()).toInstant();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
