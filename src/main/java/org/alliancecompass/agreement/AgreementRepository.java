package org.alliancecompass.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The versions of each alliance's agreement. Other modules use {@link Agreements}. */
@Repository
class AgreementRepository {

  private static final String COLUMNS = """
      id, alliance_reference, version_no, status, formality, coordination, governance, decision_rule, risk_gain_share,
      objectives_kpis, review_cycle, review_rhythm, exit_provisions, valid_until, notice_period, drafted_by, drafted_at,
      decided_at, return_reason""";

  private final JdbcClient jdbc;

  AgreementRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  int nextVersionNo(String reference) {
    return jdbc.sql("select coalesce(max(version_no), 0) + 1 from agreement_version where alliance_reference = ?")
        .param(reference).query(Integer.class).single();
  }

  /** Stores a version with its commitments, in the status it has; returns its id. */
  long insert(Agreement version) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into agreement_version (alliance_reference, version_no, status, formality, coordination, governance,
              decision_rule, risk_gain_share, objectives_kpis, review_cycle, review_rhythm, exit_provisions, valid_until,
              notice_period, drafted_by, drafted_at, decided_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(version.allianceReference(), version.versionNo(), version.status().name(), version.formality(),
            version.coordination(), version.governance(), version.decisionRule().name(), version.riskGainShare(),
            version.objectivesKpis(), version.reviewCycle(),
            (version.reviewRhythm() == null ? ReviewRhythm.DEFAULT : version.reviewRhythm()).name(),
            version.exitProvisions(), version.term().validUntil(), version.term().noticePeriod(), version.draftedBy(),
            version.draftedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : version.draftedAt(),
            version.decidedAt())
        .update(key, "id");
    long id = key.getKey().longValue();
    for (Agreement.Commitment c : version.commitments()) {
      jdbc.sql("""
              insert into agreement_commitment (agreement_id, organisation_id, organisation_name, commitment, expected_share)
              values (?, ?, ?, ?, ?)""")
          .params(id, c.organisationId(), c.organisationName(), c.commitment(), c.expectedShare()).update();
    }
    return id;
  }

  void returnForRedrafting(long id, String reason) {
    jdbc.sql("update agreement_version set status = ?, decided_at = ?, return_reason = ? where id = ?")
        .params(AgreementStatus.RETURNED.name(), OffsetDateTime.now(ZoneOffset.UTC), reason, id).update();
  }

  /** The version comes into force; the one in force before is superseded. */
  void approve(long id) {
    Agreement approved = find(id).orElseThrow();
    jdbc.sql("update agreement_version set status = ? where alliance_reference = ? and status = ?")
        .params(AgreementStatus.SUPERSEDED.name(), approved.allianceReference(), AgreementStatus.APPROVED.name())
        .update();
    jdbc.sql("update agreement_version set status = ?, decided_at = ? where id = ?")
        .params(AgreementStatus.APPROVED.name(), OffsetDateTime.now(ZoneOffset.UTC), id).update();
  }

  /** The version in force runs on to a new end day: a renewal on the same terms. */
  void renew(long id, Term term) {
    jdbc.sql("update agreement_version set valid_until = ?, notice_period = ? where id = ?")
        .params(term.validUntil(), term.noticePeriod(), id).update();
  }

  Optional<Agreement> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from agreement_version where id = ?").param(id)
        .query(AgreementRepository::row).optional().map(this::withCommitments);
  }

  /** The latest version, whatever its status. */
  Optional<Agreement> latest(String reference) {
    return jdbc.sql("select " + COLUMNS + " from agreement_version where alliance_reference = ? order by version_no desc")
        .param(reference).query(AgreementRepository::row).list().stream().findFirst().map(this::withCommitments);
  }

  Optional<Agreement> inForce(String reference) {
    return jdbc.sql("select " + COLUMNS + " from agreement_version where alliance_reference = ? and status = ?")
        .params(reference, AgreementStatus.APPROVED.name()).query(AgreementRepository::row).optional()
        .map(this::withCommitments);
  }

  /** Every version of the alliance's agreement with its commitments: two statements whatever their number. */
  List<Agreement> ofAlliance(String reference) {
    List<Agreement> versions = jdbc.sql("select " + COLUMNS + " from agreement_version where alliance_reference = ? "
            + "order by version_no")
        .param(reference).query(AgreementRepository::row).list();
    if (versions.isEmpty()) {
      return versions;
    }
    Map<Long, List<Agreement.Commitment>> commitments = new LinkedHashMap<>();
    jdbc.sql("""
            select c.agreement_id, c.organisation_id, c.organisation_name, c.commitment, c.expected_share
            from agreement_commitment c join agreement_version v on v.id = c.agreement_id
            where v.alliance_reference = ? order by c.agreement_id, c.organisation_name""")
        .param(reference)
        .query(rs -> {
          commitments.computeIfAbsent(rs.getLong("agreement_id"), id -> new ArrayList<>()).add(new Agreement.Commitment(
              rs.getString("organisation_id"), rs.getString("organisation_name"), rs.getString("commitment"),
              rs.getDouble("expected_share")));
        });
    return versions.stream().map(v -> v.withCommitments(commitments.getOrDefault(v.id(), List.of()))).toList();
  }

  private Agreement withCommitments(Agreement agreement) {
    return agreement.withCommitments(jdbc.sql("""
            select organisation_id, organisation_name, commitment, expected_share from agreement_commitment
            where agreement_id = ? order by organisation_name""")
        .param(agreement.id()).query(Agreement.Commitment.class).list());
  }

  private static Agreement row(ResultSet rs, int i) throws SQLException {
    return new Agreement(rs.getLong("id"), rs.getString("alliance_reference"), rs.getInt("version_no"),
        AgreementStatus.valueOf(rs.getString("status")), rs.getString("formality"), rs.getString("coordination"),
        rs.getString("governance"), DecisionRule.valueOf(rs.getString("decision_rule")),
        rs.getString("risk_gain_share"), rs.getString("objectives_kpis"), rs.getString("review_cycle"),
        rs.getString("review_rhythm") == null ? ReviewRhythm.DEFAULT : ReviewRhythm.valueOf(rs.getString("review_rhythm")),
        rs.getString("exit_provisions"), new Term(rs.getObject("valid_until", java.time.LocalDate.class),
            rs.getString("notice_period")), rs.getString("drafted_by"), rs.getObject("drafted_at", OffsetDateTime.class),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("return_reason"), List.of());
  }
}
