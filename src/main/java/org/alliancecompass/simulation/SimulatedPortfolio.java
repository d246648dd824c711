package org.alliancecompass.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.agreement.AgreementStatus;
import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.agreement.DecisionRule;
import org.alliancecompass.agreement.ReviewRhythm;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.alliance.ReviewCycle;
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
  private final Alliances alliances;
  private final Agreements agreements;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final TransactionTemplate transactions;

  SimulatedPortfolio(SimulationSettings settings, Alliances alliances, Agreements agreements, RuntimeService runtime, IdentityService identity,
      TransactionTemplate transactions) {
    this.settings = settings;
    this.alliances = alliances;
    this.agreements = agreements;
    this.runtime = runtime;
    this.identity = identity;
    this.transactions = transactions;
  }

  @Override
  public void run(ApplicationArguments args) {
    settings.check();
    if (alliances.exists(reference(0))) {
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

  static String reference(int index) {
    return "ALL-SIM-%05d".formatted(index + 1);
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
        // not the bare number: the password policy refuses a password that holds the user's last
        // name, so a last name "8" would refuse every password with an 8 in it
        user.setLastName("of organisation " + (i + 1));
        user.setPassword(settings.userPassword());
        identity.saveUser(user);
        identity.createMembership(user.getId(), id);
      }
      ids.add(id);
    }
    return ids;
  }

  private void alliance(int index, List<String> organisations, Date due) {
    String reference = reference(index);
    String name = NAME_PREFIX + (index + 1);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    alliances.register(new Alliance(reference, name, AllianceType.STRATEGIC_ALLIANCE, "Simulated", "Simulated",
        ReviewCycle.DEFAULT.toString(), AllianceStatus.ACTIVE, "simulation", now, now, null,
        due.toInstant().atOffset(ZoneOffset.UTC), null));
    List<Agreement.Commitment> commitments = new ArrayList<>();
    for (int p = 0; p < settings.partnersPerAlliance(); p++) {
      String organisation = organisations.get((index + p) % organisations.size());
      double share = 100.0 / settings.partnersPerAlliance();
      alliances.addPartner(new Partner(reference, organisation, organisation, PartnerStatus.ACTIVE, null, null, share,
          "Simulated commitment", now, null));
      commitments.add(new Agreement.Commitment(organisation, organisation, "Simulated commitment", share));
    }
    agreements.recordInForce(new Agreement(null, reference, 1, AgreementStatus.APPROVED, "INFORMAL", "MEDIUM",
        "Simulated", DecisionRule.UNANIMOUS, "Equal", "Simulated", ReviewCycle.DEFAULT.toString(), ReviewRhythm.DEFAULT, "Simulated",
        null, "simulation", now, now, null, commitments));
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
