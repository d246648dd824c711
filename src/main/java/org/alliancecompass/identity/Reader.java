package org.alliancecompass.identity;

import java.util.Set;

/**
 * Who is reading a page, an API answer or a task: the alliance's staff (managers, the leadership
 * team, legal, administrators) or a partner organisation's representative, with the organisations
 * they speak for. What an organisation says about itself is for the staff and for that
 * organisation; the modules that keep such things decide, with this, who may read them.
 *
 * @param staff whether the reader is one of the alliance's staff
 * @param organisations the partner organisations the reader represents
 */
public record Reader(boolean staff, Set<String> organisations) {

  /** The alliance's staff, as a manager's own task is read. */
  public static final Reader STAFF = new Reader(true, Set.of());

  public Reader {
    organisations = Set.copyOf(organisations);
  }

  /** Whether the reader speaks for the organisation. */
  public boolean represents(String organisationId) {
    return organisationId != null && organisations.contains(organisationId);
  }
}
