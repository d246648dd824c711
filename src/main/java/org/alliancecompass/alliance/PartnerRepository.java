package org.alliancecompass.alliance;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliancecompass.identity.Organisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations of each alliance: candidates, partners, former partners. Other modules use {@link Alliances}. */
@Repository
class PartnerRepository {

  private static final String COLUMNS = """
      alliance_reference, organisation_id, organisation_name, status, fit_score, fit_rank, expected_share,
      commitment, joined_at, left_at""";

  private final JdbcClient jdbc;

  PartnerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Nominates candidates; candidates of an earlier round that are not nominated again are withdrawn. */
  void nominate(String reference, Collection<Organisation> candidates) {
    jdbc.sql("update alliance_partner set status = ? where alliance_reference = ? and status = ?")
        .params(PartnerStatus.WITHDRAWN.name(), reference, PartnerStatus.CANDIDATE.name()).update();
    for (Organisation candidate : candidates) {
      proposeToJoin(reference, candidate);
    }
  }

  void insert(Partner partner) {
    jdbc.sql("insert into alliance_partner (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(partner.allianceReference(), partner.organisationId(), partner.organisationName(),
            partner.status().name(), partner.fitScore(), partner.fitRank(), partner.expectedShare(),
            partner.commitment(), partner.joinedAt(), partner.leftAt())
        .update();
  }

  void rank(String reference, String organisationId, Double fitScore, int rank) {
    jdbc.sql("update alliance_partner set fit_score = ?, fit_rank = ? where alliance_reference = ? and organisation_id = ?")
        .params(fitScore, rank, reference, organisationId).update();
  }

  void applyAgreement(String reference, String organisationId, String commitment, double expectedShare) {
    jdbc.sql("""
            update alliance_partner set commitment = ?, expected_share = ?
            where alliance_reference = ? and organisation_id = ?""")
        .params(commitment, expectedShare, reference, organisationId).update();
  }

  void activateSelected(String reference) {
    jdbc.sql("""
            update alliance_partner set status = ?, joined_at = ?, left_at = null
            where alliance_reference = ? and status = ?""")
        .params(PartnerStatus.ACTIVE.name(), AllianceRepository.now(), reference, PartnerStatus.SELECTED.name())
        .update();
  }

  /** One organisation is a candidate of the alliance, unranked: again if it was one, or a partner, before. */
  void proposeToJoin(String reference, Organisation candidate) {
    int updated = jdbc.sql("""
            update alliance_partner set status = ?, organisation_name = ?, fit_score = null, fit_rank = null
            where alliance_reference = ? and organisation_id = ?""")
        .params(PartnerStatus.CANDIDATE.name(), candidate.name(), reference, candidate.id()).update();
    if (updated == 0) {
      insert(new Partner(reference, candidate.id(), candidate.name(), PartnerStatus.CANDIDATE, null, null, null, null,
          null, null));
    }
  }

  /** The selected organisations, by id: those who join when the agreement that names them is in force. */
  List<String> selected(String reference) {
    return jdbc.sql("select organisation_id from alliance_partner where alliance_reference = ? and status = ? "
            + "order by organisation_name").params(reference, PartnerStatus.SELECTED.name())
        .query(String.class).list();
  }

  /** One partner leaves: it is a former partner from now, with no share of the alliance's work. */
  void exit(String reference, String organisationId) {
    jdbc.sql("""
            update alliance_partner set status = ?, left_at = ?, expected_share = null
            where alliance_reference = ? and organisation_id = ? and status = ?""")
        .params(PartnerStatus.EXITED.name(), AllianceRepository.now(), reference, organisationId,
            PartnerStatus.ACTIVE.name())
        .update();
  }

  void exitAll(String reference) {
    jdbc.sql("""
            update alliance_partner set status = ?, left_at = ?
            where alliance_reference = ? and status in (?, ?)""")
        .params(PartnerStatus.EXITED.name(), AllianceRepository.now(), reference, PartnerStatus.ACTIVE.name(),
            PartnerStatus.SELECTED.name())
        .update();
  }

  void setStatus(String reference, String organisationId, PartnerStatus status) {
    jdbc.sql("update alliance_partner set status = ? where alliance_reference = ? and organisation_id = ?")
        .params(status.name(), reference, organisationId).update();
  }

  List<Partner> ofAlliance(String reference) {
    return jdbc.sql("select " + COLUMNS + " from alliance_partner where alliance_reference = ? order by organisation_name")
        .param(reference).query(Partner.class).list();
  }

  Map<String, List<Partner>> membersByAlliance() {
    return jdbc.sql("select " + COLUMNS + """
             from alliance_partner where status in (:members)
            order by alliance_reference, organisation_name""")
        .param("members", names(PartnerStatus.MEMBERS))
        .query(Partner.class).list().stream()
        .collect(Collectors.groupingBy(Partner::allianceReference, LinkedHashMap::new, Collectors.toList()));
  }

  Set<String> alliancesOf(Collection<String> organisationIds) {
    if (organisationIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("""
            select distinct alliance_reference from alliance_partner
            where organisation_id in (:organisations) and status in (:members)""")
        .param("organisations", organisationIds)
        .param("members", names(PartnerStatus.MEMBERS))
        .query(String.class).list());
  }

  /** The alliances an organisation has been an active partner of, now or in the past. */
  Set<String> joinedBy(String organisationId) {
    return new HashSet<>(jdbc.sql("""
            select alliance_reference from alliance_partner
            where organisation_id = :organisation and status in (:joined)""")
        .param("organisation", organisationId)
        .param("joined", names(List.of(PartnerStatus.ACTIVE, PartnerStatus.EXITED)))
        .query(String.class).list());
  }

  private static List<String> names(Collection<PartnerStatus> statuses) {
    return statuses.stream().map(Enum::name).toList();
  }
}
