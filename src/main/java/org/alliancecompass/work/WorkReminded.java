package org.alliancecompass.work;

/**
 * The people an open task waits for are reminded of it (its reminder timer, half way to its due
 * date by default). Published in the engine's transaction of the reminder.
 */
public record WorkReminded(WorkItem item) {
}
