package org.alliancecompass.agreement;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The KPIs of each agreement version, in the order the partners wrote them. Other modules use {@link Agreements}. */
@Repository
class KpiRepository {

  private final JdbcClient jdbc;

  KpiRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(long agreementId, List<Kpi> kpis) {
    jdbc.sql("delete from agreement_kpi where agreement_id = ?").param(agreementId).update();
    for (int i = 0; i < kpis.size(); i++) {
      Kpi kpi = kpis.get(i);
      jdbc.sql("""
              insert into agreement_kpi (agreement_id, position, name, measure, direction, baseline, target, minimum)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(agreementId, i, kpi.name(), kpi.measure(), kpi.direction().name(), kpi.baseline(), kpi.target(),
              kpi.minimum())
          .update();
    }
  }

  List<Kpi> of(long agreementId) {
    return of(List.of(agreementId)).getOrDefault(agreementId, List.of());
  }

  /** The KPIs of each of these versions, in one statement. */
  Map<Long, List<Kpi>> of(Collection<Long> agreementIds) {
    Map<Long, List<Kpi>> kpis = new LinkedHashMap<>();
    if (agreementIds.isEmpty()) {
      return kpis;
    }
    jdbc.sql("""
            select agreement_id, name, measure, direction, baseline, target, minimum from agreement_kpi
            where agreement_id in (:ids) order by agreement_id, position""")
        .param("ids", agreementIds)
        .query(rs -> {
          kpis.computeIfAbsent(rs.getLong("agreement_id"), id -> new java.util.ArrayList<>()).add(new Kpi(
              rs.getString("name"), rs.getString("measure"), KpiDirection.valueOf(rs.getString("direction")),
              rs.getDouble("baseline"), rs.getDouble("target"), rs.getDouble("minimum")));
        });
    return kpis;
  }
}
