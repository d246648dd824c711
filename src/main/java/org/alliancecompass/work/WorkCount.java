package org.alliancecompass.work;

/** How much work is open for an alliance, and how much of it is past its due date. */
public record WorkCount(String allianceReference, long open, long overdue) {
}
