package org.alliancecompass.work;

/**
 * An open task is past its due date and escalated to a group that can act on it (the alliance
 * managers for a partner's task, the leadership team for a manager's). It repeats until the task
 * is done; {@link WorkItem#escalations()} says how often. Published in the engine's transaction
 * of the escalation.
 *
 * @param escalatedTo the group now asked to act
 */
public record WorkEscalated(WorkItem item, String escalatedTo) {
}
