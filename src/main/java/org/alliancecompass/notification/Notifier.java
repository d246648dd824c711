package org.alliancecompass.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRecorded;
import org.alliancecompass.identity.Groups;
import org.alliancecompass.notification.Messages.AllianceName;
import org.alliancecompass.work.WorkArrived;
import org.alliancecompass.work.WorkAssigned;
import org.alliancecompass.work.WorkEscalated;
import org.alliancecompass.work.WorkItem;
import org.alliancecompass.work.WorkReminded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is told what: the people a task waits for when it arrives, at its reminder and when it is
 * overdue; the group it is escalated to; the assignee someone else gives it to; and the people of
 * an alliance when a decision about it is taken. Runs in the transaction of the event (the engine's),
 * and only writes: mail goes out later, so a mail server that is down never holds up a task.
 */
@Component
class Notifier {

  private final Outbox outbox;
  private final Messages messages;
  private final People people;
  private final Alliances alliances;

  Notifier(Outbox outbox, Messages messages, People people, Alliances alliances) {
    this.outbox = outbox;
    this.messages = messages;
    this.people = people;
    this.alliances = alliances;
  }

  @EventListener
  void on(WorkArrived event) {
    WorkItem item = event.item();
    AllianceName alliance = alliance(item.allianceReference());
    String askedOf = askedOf(item);
    waitingPeople(item).forEach(user -> outbox.deliver(messages.arrived(user, item, alliance, askedOf)));
  }

  @EventListener
  void on(WorkAssigned event) {
    if (event.byAnother()) {
      WorkItem item = event.item();
      outbox.deliver(messages.assigned(item.assignee(), item, alliance(item.allianceReference()),
          people.name(event.assignedBy())));
    }
  }

  @EventListener
  void on(WorkReminded event) {
    WorkItem item = event.item();
    AllianceName alliance = alliance(item.allianceReference());
    String askedOf = askedOf(item);
    waitingPeople(item).forEach(user -> outbox.deliver(messages.reminder(user, item, alliance, askedOf)));
  }

  /** Those it waits for learn it is overdue and escalated; the group it is escalated to, that it is theirs to chase. */
  @EventListener
  void on(WorkEscalated event) {
    WorkItem item = event.item();
    AllianceName alliance = alliance(item.allianceReference());
    String askedOf = askedOf(item);
    String escalatedTo = people.groupName(event.escalatedTo());
    Set<String> waiting = waitingPeople(item);
    waiting.forEach(user -> outbox.deliver(messages.overdue(user, item, alliance, askedOf, escalatedTo)));
    people.membersOf(Set.of(event.escalatedTo())).stream().filter(user -> !waiting.contains(user))
        .forEach(user -> outbox.deliver(messages.escalated(user, item, alliance, askedOf, escalatedTo)));
  }

  /**
   * The people of the alliance: the representatives of its partner organisations and its manager
   * (the one who proposed it, or every alliance manager when that person is no manager), except
   * the one who decided.
   */
  @EventListener
  void on(DecisionRecorded event) {
    Decision decision = event.decision();
    Alliance found = alliances.find(decision.allianceReference()).orElse(null);
    if (found == null) {
      return;
    }
    // a decision confidential to an organisation is told to it alone, beside the managers
    Set<String> told = new LinkedHashSet<>(people.membersOf(decision.confidentialTo() == null
        ? alliances.currentPartnerIds(found.reference()) : Set.of(decision.confidentialTo())));
    if (found.proposedBy() != null && people.isMember(found.proposedBy(), Groups.MANAGERS)) {
      told.add(found.proposedBy());
    } else {
      told.addAll(people.membersOf(Set.of(Groups.MANAGERS)));
    }
    told.remove(decision.decidedBy());
    AllianceName alliance = new AllianceName(found.reference(), found.name());
    String decidedBy = people.name(decision.decidedBy());
    told.forEach(user -> outbox.deliver(messages.decision(user, decision, alliance, decidedBy)));
  }

  /** The person who has claimed the task, or else every member of the groups it is offered to. */
  private Set<String> waitingPeople(WorkItem item) {
    return item.assignee() != null ? Set.of(item.assignee()) : people.membersOf(item.candidateGroups());
  }

  private String askedOf(WorkItem item) {
    return item.assignee() != null ? people.name(item.assignee()) : people.groupNames(item.candidateGroups());
  }

  private AllianceName alliance(String reference) {
    if (reference == null) {
      return new AllianceName(null, "no alliance");
    }
    return new AllianceName(reference, alliances.find(reference).map(Alliance::name).orElse(reference));
  }
}
