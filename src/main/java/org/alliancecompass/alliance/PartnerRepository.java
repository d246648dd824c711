package org.alliancecompass.alliance;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisations of each alliance: candidates, partners, former partners. */
@Repository
public class PartnerRepository {

  private static final String COLUMNS = """
      alliance_reference, organisation_id, organisation_name, status, fit_score, fit_rank, expected_share,
      commitment, joined_at, left_at""";

  /** An organisation's record in earlier alliances: how many, and their average last health score. */
  public record TrackRecord(int alliances, Double averageHealth) {
  }

  private final JdbcClient jdbc;

  PartnerRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Nominates candidates; candidates of an earlier round that are not nominated again are withdrawn. */
  public void nominate(String reference, Collection<Organisation> candidates) {
    jdbc.sql("update alliance_partner set status = 'WITHDRAWN' where alliance_reference = ? and status = 'CANDIDATE'")
        .param(reference).update();
    for (Organisation candidate : candidates) {
      int updated = jdbc.sql("""
              update alliance_partner set status = 'CANDIDATE', organisation_name = ?, fit_score = null, fit_rank = null
              where alliance_reference = ? and organisation_id = ?""")
          .params(candidate.name(), reference, candidate.id()).update();
      if (updated == 0) {
        jdbc.sql("""
                insert into alliance_partner (alliance_reference, organisation_id, organisation_name, status)
                values (?, ?, ?, 'CANDIDATE')""")
            .params(reference, candidate.id(), candidate.name()).update();
      }
    }
  }

  public void rank(String reference, String organisationId, Double fitScore, int rank) {
    jdbc.sql("update alliance_partner set fit_score = ?, fit_rank = ? where alliance_reference = ? and organisation_id = ?")
        .params(fitScore, rank, reference, organisationId).update();
  }

  /** The approved selection: selected candidates become SELECTED, the others NOT_SELECTED. */
  public void confirmSelection(String reference, Collection<String> selected) {
    for (Partner candidate : withStatus(reference, PartnerStatus.CANDIDATE)) {
      PartnerStatus status = selected.contains(candidate.organisationId()) ? PartnerStatus.SELECTED : PartnerStatus.NOT_SELECTED;
      setStatus(reference, candidate.organisationId(), status);
    }
  }

  /** The terms of the agreement in force: selected partners join; commitments and shares are updated. */
  public void applyAgreement(String reference, String organisationId, String commitment, double expectedShare) {
    jdbc.sql("""
            update alliance_partner set commitment = ?, expected_share = ?
            where alliance_reference = ? and organisation_id = ?""")
        .params(commitment, expectedShare, reference, organisationId).update();
  }

  public void activateSelected(String reference) {
    jdbc.sql("""
            update alliance_partner set status = 'ACTIVE', joined_at = ?
            where alliance_reference = ? and status = 'SELECTED'""")
        .params(AllianceRepository.now(), reference).update();
  }

  public void exitAll(String reference) {
    jdbc.sql("""
            update alliance_partner set status = 'EXITED', left_at = ?
            where alliance_reference = ? and status in ('ACTIVE', 'SELECTED')""")
        .params(AllianceRepository.now(), reference).update();
  }

  public void setStatus(String reference, String organisationId, PartnerStatus status) {
    jdbc.sql("update alliance_partner set status = ? where alliance_reference = ? and organisation_id = ?")
        .params(status.name(), reference, organisationId).update();
  }

  public List<Partner> ofAlliance(String reference) {
    return jdbc.sql("select " + COLUMNS + " from alliance_partner where alliance_reference = ? order by organisation_name")
        .param(reference).query(Partner.class).list();
  }

  /** The members of every alliance, present and past (selected, active, exited), by alliance reference. */
  public Map<String, List<Partner>> membersByAlliance() {
    return jdbc.sql("select " + COLUMNS + """
             from alliance_partner where status in ('SELECTED', 'ACTIVE', 'EXITED')
            order by alliance_reference, organisation_name""")
        .query(Partner.class).list().stream()
        .collect(Collectors.groupingBy(Partner::allianceReference, LinkedHashMap::new, Collectors.toList()));
  }

  /** The alliances an organisation belongs or belonged to (selected, active or exited). */
  public Set<String> alliancesOf(Collection<String> organisationIds) {
    if (organisationIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(jdbc.sql("""
            select distinct alliance_reference from alliance_partner
            where organisation_id in (:organisations) and status in ('SELECTED', 'ACTIVE', 'EXITED')""")
        .param("organisations", organisationIds).query(String.class).list());
  }

  public List<Partner> withStatus(String reference, PartnerStatus... statuses) {
    List<String> names = Arrays.stream(statuses).map(Enum::name).toList();
    return ofAlliance(reference).stream().filter(p -> names.contains(p.status())).toList();
  }

  /** The organisations taking part now: active partners, or the selected ones before the agreement. */
  public List<Partner> current(String reference) {
    List<Partner> active = withStatus(reference, PartnerStatus.ACTIVE);
    return active.isEmpty() ? withStatus(reference, PartnerStatus.SELECTED) : active;
  }

  /** How an organisation did in other alliances it was a partner of: their latest review's overall score. */
  public TrackRecord trackRecord(String organisationId, String exceptReference) {
    List<Double> scores = jdbc.sql("""
            select (select r.overall_score from review r
                    where r.alliance_reference = p.alliance_reference and r.status = 'CLOSED'
                    order by r.review_no desc fetch first 1 rows only) as last_score
            from alliance_partner p
            where p.organisation_id = ? and p.alliance_reference <> ? and p.status in ('ACTIVE', 'EXITED')""")
        .params(organisationId, exceptReference)
        .query((rs, i) -> rs.getObject(1) == null ? null : rs.getDouble(1))
        .list();
    Double average = scores.stream().filter(s -> s != null).mapToDouble(Double::doubleValue).average().stream()
        .boxed().findFirst().map(a -> Math.round(a * 10) / 10.0).orElse(null);
    return new TrackRecord(scores.size(), average);
  }
}
