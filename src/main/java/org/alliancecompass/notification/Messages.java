package org.alliancecompass.notification;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alliancecompass.decision.Decision;
import org.alliancecompass.work.WorkItem;
import org.springframework.stereotype.Component;

/**
 * What each notification says, for a manager in a hospital rather than a developer: what is asked,
 * of which alliance, of whom, by when, and where to act. The same words go into the outbox page,
 * the plain-text mail and the HTML mail.
 */
@Component
class Messages {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
  static final String OPEN_TASK = "Open the task in Tasklist";
  static final String OPEN_ALLIANCE = "Open the alliance";

  private final Links links;

  Messages(Links links) {
    this.links = links;
  }

  /** The alliance a task or decision belongs to, as a notification names it. */
  record AllianceName(String reference, String name) {
    @Override
    public String toString() {
      return reference == null ? name : name + " (" + reference + ")";
    }
  }

  Notification arrived(String to, WorkItem item, AllianceName alliance, String askedOf) {
    return task(to, NotificationKind.TASK_ARRIVED, item,
        "New task: " + item.taskName() + " for " + alliance.name() + due(item, ", due "),
        List.of(), alliance, askedOf);
  }

  Notification assigned(String to, WorkItem item, AllianceName alliance, String assignedBy) {
    return task(to, NotificationKind.TASK_ASSIGNED, item,
        "Assigned to you: " + item.taskName() + " for " + alliance.name() + due(item, ", due "),
        List.of(assignedBy + " has given this task to you."), alliance, null);
  }

  Notification reminder(String to, WorkItem item, AllianceName alliance, String askedOf) {
    return task(to, NotificationKind.REMINDER, item,
        "Reminder: " + item.taskName() + " for " + alliance.name() + due(item, ", due "),
        List.of("This task is still waiting for an answer."), alliance, askedOf);
  }

  Notification overdue(String to, WorkItem item, AllianceName alliance, String askedOf, String escalatedTo) {
    return task(to, NotificationKind.OVERDUE, item,
        "Overdue: " + item.taskName() + " for " + alliance.name(),
        List.of("This task is past its due date and still open. It has been escalated to " + escalatedTo
            + ", who will follow it up."), alliance, askedOf);
  }

  Notification escalated(String to, WorkItem item, AllianceName alliance, String askedOf, String escalatedTo) {
    List<String> lead = new ArrayList<>();
    lead.add("This task is overdue and has been escalated to " + escalatedTo
        + ": please follow it up with those it waits for, or see to it that someone else can act.");
    return task(to, NotificationKind.ESCALATED, item,
        "Escalated to you: " + item.taskName() + " for " + alliance.name() + due(item, ", overdue since "),
        lead, alliance, askedOf);
  }

  Notification decision(String to, Decision decision, AllianceName alliance, String decidedBy) {
    List<String> lines = new ArrayList<>();
    lines.add("Decision: " + words(decision.decision()));
    lines.add("Alliance: " + alliance);
    lines.add("Decided by: " + decidedBy + (decision.onBehalfOf() == null ? "" : " for " + decision.onBehalfOf()));
    lines.add("When: " + day(decision.decidedAt()));
    if (decision.rationale() != null && !decision.rationale().isBlank()) {
      lines.add("Why: " + decision.rationale().strip());
    }
    return new Notification(null, to, NotificationKind.DECISION, decision.allianceReference(), decision.taskId(),
        "Decision on " + alliance.name() + ": " + decision.subject(), String.join("\n", lines),
        links.alliance(decision.allianceReference()), OPEN_ALLIANCE, null, null);
  }

  private Notification task(String to, NotificationKind kind, WorkItem item, String subject, List<String> lead,
      AllianceName alliance, String askedOf) {
    List<String> lines = new ArrayList<>(lead);
    lines.add("What is asked: " + item.taskName());
    lines.add("Alliance: " + alliance);
    if (askedOf != null) {
      lines.add("Asked of: " + askedOf);
    }
    if (item.dueAt() != null) {
      lines.add("Due by: " + day(item.dueAt()));
    }
    if (kind == NotificationKind.ESCALATED) {
      lines.add("Waiting since: " + day(item.createdAt()));
      lines.add("Reminders sent: " + item.remindersSent() + "; escalations: " + item.escalations());
    }
    return new Notification(null, to, kind, item.allianceReference(), item.taskId(), subject, String.join("\n", lines),
        links.task(item.taskId()), OPEN_TASK, null, null);
  }

  private static String due(WorkItem item, String prefix) {
    return item.dueAt() == null ? "" : prefix + SHORT_DAY.format(local(item.dueAt()));
  }

  static String day(OffsetDateTime time) {
    return time == null ? "—" : DAY.format(local(time));
  }

  private static java.time.ZonedDateTime local(OffsetDateTime time) {
    return time.atZoneSameInstant(ZoneId.systemDefault());
  }

  /** A code such as {@code APPROVE} or {@code PUT_TO_PARTNERS} in words: "Put to partners". */
  static String words(String code) {
    if (code == null || code.isBlank()) {
      return "—";
    }
    String text = code.replace('_', ' ').toLowerCase(Locale.UK);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
