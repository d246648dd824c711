package org.alliancecompass.decision;

/**
 * A decision has been put in an alliance's register. Published in the transaction that records it
 * (the engine's, for a decision taken in a task or a step), so a listener's changes commit with it.
 */
public record DecisionRecorded(Decision decision) {
}
