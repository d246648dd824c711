package org.alliancecompass.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.alliancecompass.agreement.Kpi;
import org.alliancecompass.agreement.KpiDirection;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.health.ReviewFormat;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.health.HealthScoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Repository;

/**
 * The review module's tables through its repositories, on the product's own migrations (Flyway, H2):
 * what a review and its actions keep, read back the way the pages and the gate read them.
 */
@JdbcTest(properties = "spring.flyway.baseline-on-migrate=true")
@Import({ReviewRepository.class, ImprovementActionRepository.class, ReviewRepositoriesJdbcTest.Modules.class})
class ReviewRepositoriesJdbcTest {

  /** The alliance module's API and repositories, and the health model: what the review module stands on. */
  @Configuration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = Alliances.class, useDefaultFilters = false, includeFilters = {
      @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = Repository.class),
      @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = Alliances.class)})
  static class Modules {
    @Bean
    HealthModel healthModel() {
      return HealthModel.load();
    }
  }

  @Autowired ReviewRepository reviews;
  @Autowired ImprovementActionRepository actions;
  @Autowired Alliances alliances;
  @Autowired HealthModel model;

  String reference;

  @BeforeEach
  void alliance() {
    reference = alliances.nextReference();
    alliances.register(Alliance.proposed(reference, "Slice Alliance", AllianceType.STRATEGIC_ALLIANCE, "Purpose",
        "Objectives", ReviewCycle.DEFAULT, "mia", null));
    for (String partner : List.of("north", "city", "care")) {
      alliances.addPartner(new Partner(reference, partner, partner, PartnerStatus.ACTIVE, null, null, 33.3, "Services",
          OffsetDateTime.now(ZoneOffset.UTC), null));
    }
  }

  @Test
  @DisplayName("A review names the partners it asked that sent nothing, and how many of how many people answered")
  void silentPartners() {
    long id = reviews.open(reference, ReviewProcess.TRIGGER_SCHEDULED, ReviewFormat.FULL, "pi-1", Map.of("north", List.of("nora", "nick"),
        "city", List.of("carl"), "care", List.of()), Instant.now().plus(14, ChronoUnit.DAYS));
    reviews.saveResponse(id, "city", "task-1", Map.of("trustCommitmentsHonoured", 4), Map.of());

    Review review = reviews.find(id).orElseThrow();
    assertThat(review.silentPartners()).containsExactly("care", "north");
    assertThat(review.participation()).extracting(Review.Participation::organisationId, Review.Participation::peopleAsked,
        Review.Participation::respondents).containsExactly(org.assertj.core.groups.Tuple.tuple("care", 0, 0),
        org.assertj.core.groups.Tuple.tuple("city", 1, 1), org.assertj.core.groups.Tuple.tuple("north", 2, 0));
    assertThat(reviews.ofAlliance(reference)).singleElement()
        .satisfies(listed -> assertThat(listed.silentPartners()).containsExactly("care", "north"));
  }

  @Test
  @DisplayName("Scores per dimension come back in the health model's order; a new scoring replaces the old one")
  void dimensionScores() {
    long id = reviews.open(reference, ReviewProcess.TRIGGER_AD_HOC, ReviewFormat.FULL, "pi-2", Map.of("north", List.of("nora")), Instant.now());
    HealthScoring scoring = HealthScoring.equallyWeighted(model);
    reviews.saveResponse(id, "north", "task-2", Map.of("trustCommitmentsHonoured", 1), Map.of());
    reviews.saveScores(id, scoring.score(List.of("north"), reviews.responses(id), null));
    reviews.saveResponse(id, "north", "task-3", Map.of("trustCommitmentsHonoured", 5), Map.of());
    reviews.saveScores(id, scoring.score(List.of("north"), reviews.responses(id), null));

    Review review = reviews.find(id).orElseThrow();
    assertThat(review.dimensionScores()).containsOnlyKeys("trust").containsEntry("trust", 50.0);
    assertThat(reviews.partnerScores(id)).singleElement().satisfies(s -> assertThat(s.respondents()).isEqualTo(2));
  }

  @Test
  @DisplayName("A review keeps the KPI terms it measured against; values recorded later, one not measured")
  void kpiReadings() {
    long id = reviews.open(reference, ReviewProcess.TRIGGER_SCHEDULED, ReviewFormat.FULL, "pi-3", Map.of("north", List.of("nora")), Instant.now());
    Kpi plans = new Kpi("Care plans", "%", KpiDirection.HIGHER, 35, 90, 50);
    Kpi admissions = new Kpi("Admissions", "per 1,000", KpiDirection.LOWER, 62, 53, 62);
    reviews.saveKpis(id, List.of(plans, admissions));
    assertThat(reviews.kpiReadings(id)).noneMatch(KpiReading::recorded);

    java.util.Map<Integer, Double> values = new java.util.HashMap<>();
    values.put(0, 47.0);
    values.put(1, null);
    reviews.saveKpiActuals(id, values);

    assertThat(reviews.kpiReadingsOfAlliance(reference)).extracting(KpiReading::kpi).containsExactly(plans, admissions);
    assertThat(reviews.kpiReadings(id)).allMatch(KpiReading::recorded)
        .extracting(KpiReading::belowMinimum).containsExactly(true, false);
  }

  @Test
  @DisplayName("An action's life on record: blocked, reassigned, done with a file; an open one closes with the alliance")
  void improvementActions() {
    long review = reviews.open(reference, ReviewProcess.TRIGGER_SCHEDULED, ReviewFormat.FULL, "pi-4", Map.of("north", List.of("nora")), Instant.now());
    LocalDate due = LocalDate.now().plusDays(30);
    long books = actions.insert(reference, review, "trust", "Open books", ActionOwner.organisation("north", "North"), due);
    long scan = actions.insert(reference, review, "flexibility", "Horizon scan", ActionOwner.person("carl", "Carl"), due);

    actions.update(books, ActionStatus.BLOCKED, "Finance director left", null, "nora");
    actions.reassign(books, ActionOwner.person("cara", "Cara"), due.plusDays(10));
    actions.update(books, ActionStatus.DONE, "Held", "https://example.org/minutes", "cara");
    long file = actions.addEvidence(books, "minutes.txt", "text/plain", "Minutes".getBytes(StandardCharsets.UTF_8), "cara");

    ImprovementAction done = actions.find(books).orElseThrow();
    assertThat(done.status()).isEqualTo(ActionStatus.DONE);
    assertThat(done.ownerUser()).isEqualTo("cara");
    assertThat(done.ownerGroup()).isNull();
    assertThat(done.dueDate()).isEqualTo(due.plusDays(10));
    assertThat(done.closedAt()).isNotNull();
    assertThat(done.evidence()).extracting(ImprovementAction.Evidence::fileName).containsExactly("minutes.txt");
    assertThat(actions.evidenceFile(books, file).orElseThrow().content()).asString(StandardCharsets.UTF_8)
        .isEqualTo("Minutes");
    assertThat(actions.evidenceFile(scan, file)).as("a file belongs to its action").isEmpty();

    actions.closeOpen(reference, ActionStatus.CLOSED_AT_DISSOLUTION);
    assertThat(actions.ofAlliance(reference)).extracting(ImprovementAction::actionText, ImprovementAction::status)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Open books", ActionStatus.DONE),
            org.assertj.core.groups.Tuple.tuple("Horizon scan", ActionStatus.CLOSED_AT_DISSOLUTION));
  }
}
