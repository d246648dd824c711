package org.alliancecompass.work;

/**
 * An open task has a new assignee (or none, when it is handed back). Published in the engine's
 * transaction that assigns it.
 *
 * @param assignedBy the person who assigned it (the assignee, when they claimed it), if known
 */
public record WorkAssigned(WorkItem item, String assignedBy) {

  /** Someone else gave this task to its assignee: the assignee did not claim it themselves. */
  public boolean byAnother() {
    return item.assignee() != null && !item.assignee().equals(assignedBy);
  }
}
