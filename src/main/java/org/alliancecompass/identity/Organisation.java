package org.alliancecompass.identity;

/** A partner organisation of the registry: a Camunda group of type {@code partner-organisation}. */
public record Organisation(String id, String name) {
}
