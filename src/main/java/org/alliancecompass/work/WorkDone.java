package org.alliancecompass.work;

/**
 * An open task has ended: completed by a person, or cancelled with its process (a deadline, a
 * dissolution, an administrator). Published in the engine's transaction that ends it.
 */
public record WorkDone(WorkItem item, boolean completed) {
}
