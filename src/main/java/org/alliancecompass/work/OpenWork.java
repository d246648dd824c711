package org.alliancecompass.work;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.alliancecompass.identity.Person;
import org.springframework.stereotype.Component;

/**
 * The work module's API: every open user task of every alliance, from the product's own table
 * (indexed by alliance, assignee and group), never by asking the engine task by task. For the
 * alliance page's "waiting for" list, the portfolio's counts, and a person's own work.
 */
@Component
public class OpenWork {

  private final WorkItemRepository items;

  OpenWork(WorkItemRepository items) {
    this.items = items;
  }

  /** The open work of an alliance, oldest first: whom each task waits for, since when, by when, how chased. */
  public List<WorkItem> ofAlliance(String reference) {
    return items.ofAlliance(reference);
  }

  /**
   * A person's own open work on alliances: claimed by them, or offered to one of their groups and
   * unclaimed; the first {@code limit} tasks, soonest due first, and how many there are in all.
   */
  public Waiting waitingFor(Person person, int limit) {
    return items.waitingFor(person.user(), person.groups(), limit);
  }

  /** What the record shows of the alliance's ended tasks, in the order they ended. */
  public List<WorkRecord> records(String reference) {
    return items.records(reference);
  }

  public Optional<WorkItem> find(String taskId) {
    return items.find(taskId);
  }

  /** Which of these tasks are still open. */
  public Set<String> stillOpen(Collection<String> taskIds) {
    return items.open(taskIds);
  }
}
