package org.alliancecompass.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates a simulated portfolio on the first start of a database in the {@code simulation}
 * profile: partner organisations with one representative each, and active alliances, each with
 * its partners, an agreement in force and its lifecycle waiting at the review timer, all due at
 * the same moment. The alliances are as an alliance is after its agreement: the lifecycle is
 * started at its review timer (Camunda's process instance modification), so the reviews that
 * follow run the real product.
 */
@Component
@Profile("simulation")
@Order(40)
class SimulatedPortfolio implements ApplicationRunner {

  static final String NAME_PREFIX = "Simulated alliance ";
  private static final int BATCH = 100;
  private static final Logger LOG = LoggerFactory.getLogger(SimulatedPortfolio.class);

  private final SimulationSettings settings;
  private final JdbcClient jdbc;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TransactionTemplate transactions;

  SimulatedPortfolio(SimulationSettings settings, JdbcClient jdbc, RuntimeService runtime, IdentityService identity,
      TransactionTemplate transactions) {
    this.settings = settings;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.identity = identity;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    settings.check();
    if (jdbc.sql("select count(*) from alliance where name like ?").param(NAME_PREFIX + "%")
        .query(Integer.class).single() > 0) {
      return;
    }
    Instant start = Instant.now();
    List<String> organisations = organisations();
    Date due = Date.from(start.plus(settings.reviewsDueIn()));
    for (int from = 0; from < settings.alliances(); from += BATCH) {
      int first = from;
      transactions.executeWithoutResult(status -> {
        for (int i = first; i < Math.min(first + BATCH, settings.alliances()); i++) {
          alliance(i, organisations, due);
        }
      });
    }
    LOG.info("Simulated {} active alliances, reviews due at {}, in {} s", settings.alliances(), due.toInstant(),
        Duration.between(start, Instant.now()).toSeconds());
  }

  static String organisationId(int index) {
    return "sim-org-" + (index + 1);
  }

  static String representative(int index) {
    return "sim-rep-" + (index + 1);
  }

  private List<String> organisations() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < settings.organisations(); i++) {
      String id = organisationId(i);
      if (identity.createGroupQuery().groupId(id).count() == 0) {
        Group group = identity.newGroup(id);
        group.setName("Simulated organisation " + (i + 1));
        group.setType(Groups.PARTNER_ORGANISATION_TYPE);
        identity.saveGroup(group);
        User user = identity.newUser(representative(i));
        user.setFirstName("Representative");
        user.setLastName(String.valueOf(i + 1));
        user.setPassword(settings.userPassword());
        identity.saveUser(user);
        identity.createMembership(user.getId(), id);
      }
      ids.add(id);
    }
    return ids;
  }

  private void alliance(int index, List<String> organisations, Date due) {
    String reference = "ALL-SIM-%05d".formatted(index + 1);
    String name = NAME_PREFIX + (index + 1);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.sql("""
            insert into alliance (reference, name, alliance_type, purpose, objectives, review_cycle, status, proposed_by,
              proposed_at, activated_at, next_review_due)
            values (?, ?, 'STRATEGIC_ALLIANCE', 'Simulated', 'Simulated', 'P3M', 'ACTIVE', 'simulation', ?, ?, ?)""")
        .params(reference, name, now, now, due.toInstant().atOffset(ZoneOffset.UTC)).update();
    for (int p = 0; p < settings.partnersPerAlliance(); p++) {
      String organisation = organisations.get((index + p) % organisations.size());
      jdbc.sql("""
              insert into alliance_partner (alliance_reference, organisation_id, organisation_name, status,
                expected_share, commitment, joined_at)
              values (?, ?, ?, 'ACTIVE', ?, 'Simulated commitment', ?)""")
          .params(reference, organisation, organisation, 100.0 / settings.partnersPerAlliance(), now).update();
    }
    jdbc.sql("""
            insert into agreement_version (alliance_reference, version_no, status, formality, coordination, governance,
              decision_rule, risk_gain_share, objectives_kpis, review_cycle, exit_provisions, drafted_by, drafted_at,
              decided_at)
            values (?, 1, 'APPROVED', 'INFORMAL', 'MEDIUM', 'Simulated', 'UNANIMOUS', 'Equal', 'Simulated', 'P3M',
              'Simulated', 'simulation', ?, ?)""")
        .params(reference, now, now).update();
    runtime.createProcessInstanceByKey(LifecycleProcess.KEY)
        .businessKey(reference)
        .setVariables(Variables.createVariables()
            .putValue("allianceReference", reference)
            .putValue("allianceName", name)
            .putValue("allianceType", "STRATEGIC_ALLIANCE")
            .putValue("reviewCycle", "P3M")
            .putValue("agreementVersion", 1)
            .putValue("nextReviewDue", due))
        .startBeforeActivity(LifecycleProcess.EVENT_REVIEW_DUE)
        .execute();
  }
}
