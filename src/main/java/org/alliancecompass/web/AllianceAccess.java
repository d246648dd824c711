package org.alliancecompass.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.identity.Groups;
import org.alliancecompass.identity.Reader;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees which alliance, for the dashboard pages and the JSON API alike. Managers, the
 * leadership team, legal and administrators see every alliance and who said what; a partner
 * representative sees the alliances their organisation belongs or belonged to, and of the
 * partners' views only their own organisation's (what the staff read of each organisation's
 * views the review module decides, see {@code Reviews}). An alliance out of reach does not exist (404).
 */
@Component
public class AllianceAccess {

  static final Set<String> STAFF = Set.of(Groups.ADMINS, Groups.MANAGERS, Groups.BOARD, Groups.LEGAL);

  private final Alliances alliances;

  AllianceAccess(Alliances alliances) {
    this.alliances = alliances;
  }

  /** A user's view: what they may see. */
  public record Viewer(String user, boolean staff, boolean admin, Set<String> organisations) {

    /** The viewer as a reader of what partner organisations said, for the modules that keep it. */
    Reader reader() {
      return new Reader(staff, organisations);
    }
  }

  Viewer viewer(Authentication authentication) {
    Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .collect(Collectors.toSet());
    boolean staff = groups.stream().anyMatch(STAFF::contains);
    Set<String> organisations = groups.stream().filter(g -> !STAFF.contains(g)).collect(Collectors.toSet());
    return new Viewer(authentication.getName(), staff, groups.contains(Groups.ADMINS), organisations);
  }

  /** The alliances a partner representative's organisations belong or belonged to. */
  Set<String> alliancesOf(Viewer viewer) {
    return alliances.alliancesOf(viewer.organisations());
  }

  Alliance require(Viewer viewer, String reference) {
    return alliances.find(reference)
        .filter(a -> viewer.staff() || alliances.alliancesOf(viewer.organisations()).contains(reference))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No alliance " + reference));
  }
}
