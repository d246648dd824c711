package org.alliancecompass.work;

/**
 * A user task has been created and waits for its people. Published in the engine's transaction
 * that creates the task: a listener's changes commit, or roll back, with it.
 */
public record WorkArrived(WorkItem item) {
}
