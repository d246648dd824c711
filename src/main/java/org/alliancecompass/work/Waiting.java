package org.alliancecompass.work;

import java.util.List;

/**
 * The work waiting for a person: the first tasks of it, soonest due first, and how many tasks
 * there are in all (the rest are in Tasklist).
 *
 * @param first the first tasks, soonest due first (no due date last, then oldest)
 * @param total every task waiting for the person, {@code first} among them
 */
public record Waiting(List<WorkItem> first, long total) {

  public Waiting {
    first = List.copyOf(first);
  }
}
