package org.alliancecompass.alliance;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alliancecompass.identity.Organisation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The alliance module's API: what the other modules read of an alliance and its partners, and
 * the changes they may ask of it as its life goes on. The tables stay the module's own.
 */
@Component
public class Alliances {

  private final AllianceRepository alliances;
  private final PartnerRepository partners;
  private final ApplicationEventPublisher events;

  Alliances(AllianceRepository alliances, PartnerRepository partners, ApplicationEventPublisher events) {
    this.alliances = alliances;
    this.partners = partners;
    this.events = events;
  }

  public Optional<Alliance> find(String reference) {
    return alliances.find(reference);
  }

  /** Whether any alliance exists: the demo and the simulation create theirs on an empty database only. */
  public boolean any() {
    return alliances.any();
  }

  /** The names of these alliances by reference, in one query (an unknown reference is left out). */
  public Map<String, String> names(Collection<String> references) {
    return alliances.names(references);
  }

  public List<Alliance> findAll() {
    return alliances.findAll();
  }

  /** Every organisation the alliance has considered, in any status, by name. */
  public List<Partner> partners(String reference) {
    return partners.ofAlliance(reference);
  }

  public List<Partner> withStatus(String reference, PartnerStatus... statuses) {
    List<PartnerStatus> wanted = Arrays.asList(statuses);
    return partners(reference).stream().filter(p -> wanted.contains(p.status())).toList();
  }

  /** The organisations taking part now: active partners, or the selected ones before the agreement. */
  public List<Partner> current(String reference) {
    List<Partner> active = withStatus(reference, PartnerStatus.ACTIVE);
    return active.isEmpty() ? withStatus(reference, PartnerStatus.SELECTED) : active;
  }

  /**
   * The organisations who sign the alliance's next agreement: its active partners and those
   * selected to join (at the first agreement, the selected ones; at an accession, the partners and
   * the newcomer). A partner that has left signs no more.
   */
  public List<Partner> signatories(String reference) {
    return withStatus(reference, PartnerStatus.ACTIVE, PartnerStatus.SELECTED);
  }

  /** The ids of {@link #current} partners. */
  public List<String> currentPartnerIds(String reference) {
    return current(reference).stream().map(Partner::organisationId).toList();
  }

  /** The members of every alliance, present and past, by alliance reference. */
  public Map<String, List<Partner>> membersByAlliance() {
    return partners.membersByAlliance();
  }

  /** The alliances an organisation belongs or belonged to. */
  public Set<String> alliancesOf(Collection<String> organisationIds) {
    return partners.alliancesOf(organisationIds);
  }

  /** The alliances an organisation has been an active partner of, now or in the past: its track record. */
  public Set<String> joinedBy(String organisationId) {
    return partners.joinedBy(organisationId);
  }

  /** Proposes an alliance under a new reference of this year, or under the free reference given. */
  public String nextReference() {
    return alliances.nextReference();
  }

  public boolean exists(String reference) {
    return alliances.exists(reference);
  }

  public void register(Alliance alliance) {
    alliances.insert(alliance);
    changed(alliance.reference());
  }

  /** Adds an organisation to an alliance as it stands (the simulation's alliances start active). */
  public void addPartner(Partner partner) {
    partners.insert(partner);
  }

  /** Locks the alliance's row until the transaction ends: its changes happen one at a time. */
  public void lock(String reference) {
    alliances.lock(reference);
  }

  /** The alliance's lifecycle has moved to this stage. */
  public void enter(String reference, AllianceStatus status) {
    alliances.updateStatus(reference, status);
    changed(reference);
    if (status == AllianceStatus.DISSOLVING) {
      events.publishEvent(new AllianceDissolutionStarted(reference));
    }
  }

  public void updateObjectives(String reference, String objectives) {
    alliances.updateObjectives(reference, objectives);
  }

  public void updateReviewCycle(String reference, ReviewCycle cycle) {
    alliances.updateReviewCycle(reference, cycle);
  }

  /** A review is over and the next one is due then: the alliance is active again. */
  public void reviewScheduled(String reference, Instant due) {
    alliances.scheduleReview(reference, due);
    alliances.updateStatus(reference, AllianceStatus.ACTIVE);
    changed(reference);
  }

  /** The agreement is in force: the selected partners join, and the first review is due then. */
  public void activate(String reference, Instant firstReviewDue) {
    partners.activateSelected(reference);
    alliances.activate(reference, firstReviewDue);
    changed(reference);
  }

  /** Nominates candidates; candidates of an earlier round that are not nominated again are withdrawn. */
  public void nominate(String reference, Collection<Organisation> candidates) {
    partners.nominate(reference, candidates);
  }

  public void rank(String reference, String organisationId, Double fitScore, int rank) {
    partners.rank(reference, organisationId, fitScore, rank);
  }

  /** The approved selection: selected candidates become SELECTED, the others NOT_SELECTED. */
  public void confirmSelection(String reference, Collection<String> selected) {
    for (Partner candidate : withStatus(reference, PartnerStatus.CANDIDATE)) {
      partners.setStatus(reference, candidate.organisationId(),
          selected.contains(candidate.organisationId()) ? PartnerStatus.SELECTED : PartnerStatus.NOT_SELECTED);
    }
  }

  /** An organisation is proposed to join the running alliance: a candidate, who assesses its own fit. */
  public void proposeToJoin(String reference, Organisation candidate) {
    partners.proposeToJoin(reference, candidate);
  }

  /** The partners agreed the candidate joins: it signs the next agreement version, and joins when that is in force. */
  public void selectToJoin(String reference, String organisationId) {
    partners.setStatus(reference, organisationId, PartnerStatus.SELECTED);
  }

  /** The candidate does not join (it declined, or the partners decided against it). */
  public void notSelected(String reference, String organisationId) {
    partners.setStatus(reference, organisationId, PartnerStatus.NOT_SELECTED);
  }

  /**
   * An agreement version naming the selected organisations is in force: they are partners from now
   * (at the first agreement, every partner; at an accession, the newcomer). Returns their ids.
   */
  public List<String> admitSelected(String reference) {
    List<String> admitted = partners.selected(reference);
    partners.activateSelected(reference);
    return admitted;
  }

  /** One partner leaves the alliance, its exit obligations settled; the others go on. */
  public void exitPartner(String reference, String organisationId) {
    partners.exit(reference, organisationId);
  }

  /** The terms of the agreement in force: each partner's commitment and expected share. */
  public void applyAgreement(String reference, String organisationId, String commitment, double expectedShare) {
    partners.applyAgreement(reference, organisationId, commitment, expectedShare);
  }

  /** The alliance is dissolved: its partners have left. */
  public void dissolve(String reference) {
    partners.exitAll(reference);
    alliances.dissolve(reference);
    changed(reference);
    events.publishEvent(new AllianceDissolved(reference));
  }

  private void changed(String reference) {
    events.publishEvent(new AllianceChanged(reference));
  }
}
