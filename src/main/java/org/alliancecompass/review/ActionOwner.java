package org.alliancecompass.review;

import java.util.Objects;

/**
 * Who owns an improvement action: a person ({@code user:mia}) or a partner organisation, any of
 * whose representatives may act ({@code group:city-council}); as the improvement plan's owner
 * options write it.
 */
record ActionOwner(String user, String group, String name) {

  static final String USER = "user:";
  static final String GROUP = "group:";

  ActionOwner {
    if ((user == null) == (group == null)) {
      throw new IllegalArgumentException("An owner is a person or an organisation");
    }
    Objects.requireNonNull(name, "name");
  }

  static ActionOwner person(String user, String name) {
    return new ActionOwner(user, null, name);
  }

  static ActionOwner organisation(String group, String name) {
    return new ActionOwner(null, group, name);
  }

  /** The value of this owner among the form's options. */
  String value() {
    return user != null ? USER + user : GROUP + group;
  }
}
