package org.alliancecompass.identity;

/** A member of a group: the user's id and full name. */
public record Member(String id, String name) {
}
