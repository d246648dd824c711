package org.alliancecompass.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.agreement.AgreementRepository;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerRepository;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.dissolution.DissolutionRepository;
import org.alliancecompass.review.Dimension;
import org.alliancecompass.review.ImprovementAction;
import org.alliancecompass.review.ImprovementActionRepository;
import org.alliancecompass.review.Review;
import org.alliancecompass.review.ReviewRepository;
import org.alliancecompass.web.AllianceAccess.Viewer;
import org.springframework.stereotype.Component;

/**
 * Assembles what the dashboard and the JSON API show from the domain tables: the portfolio, and
 * one alliance with its partners, agreements, reviews, actions, decisions and lessons. Per-partner
 * scores and comments are filtered here by what the viewer may see.
 */
@Component
public class AllianceViews {

  /** One alliance in the portfolio. */
  public record PortfolioRow(String reference, String name, String type, String status, List<String> partners,
      String gateOutcome, Double overallScore, Double trend, Double perceptionGap, Integer lastReview,
      OffsetDateTime lastReviewedAt, OffsetDateTime nextReviewDue, boolean reviewInProgress, int openTasks,
      int overdueTasks,
      String tasklistUrl, String cockpitUrl) {
  }

  /** The headline of the portfolio: how many alliances in each state of health. */
  public record Summary(int alliances, Map<String, Long> byOutcome, long reviewsDueIn30Days, long overdueTasks) {
  }

  public record PartnerView(String organisationId, String organisation, String status, Double expectedShare,
      String commitment, Double fitScore) {
  }

  public record ReviewView(long id, int reviewNo, String trigger, String status, OffsetDateTime openedAt,
      OffsetDateTime closedAt, Double trustScore, Double decisionMakingScore, Double managementCapabilityScore,
      Double flexibilityScore, Double overallScore, Double perceptionGap, Double responseRate, Double trend,
      String gateOutcome, String decision, String decisionBasis, Integer objectivesAchieved,
      Integer partnersAsked, Integer partnersResponded, List<PartnerScores> partnerScores) {
  }

  /** A partner's view of the alliance in a review: its score on each dimension (0-100). */
  public record PartnerScores(String organisationId, String organisation, Map<String, Double> scores) {
  }

  public record CommentView(int reviewNo, String organisation, String dimension, String comment) {
  }

  public record AllianceDetail(String reference, String name, String type, String status, String purpose,
      String objectives, String reviewCycle, OffsetDateTime proposedAt, OffsetDateTime activatedAt,
      OffsetDateTime dissolvedAt, OffsetDateTime nextReviewDue, boolean reviewInProgress, int openTasks,
      int overdueTasks,
      String tasklistUrl, String cockpitUrl, List<PartnerView> partners, List<Agreement> agreements, List<ReviewView> reviews,
      List<ImprovementAction> improvementActions, List<Decision> decisions, List<CommentView> comments,
      List<DissolutionRepository.Lesson> lessons, DissolutionRepository.ExitPlan exitPlan) {
  }

  private final AllianceAccess access;
  private final PartnerRepository partners;
  private final ReviewRepository reviews;
  private final AgreementRepository agreements;
  private final ImprovementActionRepository actions;
  private final DecisionRegister decisions;
  private final DissolutionRepository dissolutions;
  private final AllianceTasks tasks;

  AllianceViews(AllianceAccess access, PartnerRepository partners, ReviewRepository reviews,
      AgreementRepository agreements, ImprovementActionRepository actions, DecisionRegister decisions,
      DissolutionRepository dissolutions, AllianceTasks tasks) {
    this.access = access;
    this.partners = partners;
    this.reviews = reviews;
    this.agreements = agreements;
    this.actions = actions;
    this.decisions = decisions;
    this.dissolutions = dissolutions;
    this.tasks = tasks;
  }

  List<PortfolioRow> portfolio(Viewer viewer) {
    Map<String, List<Partner>> members = partners.membersByAlliance();
    Map<String, Review> latest = reviews.latestClosedByAlliance();
    Map<String, AllianceTasks.Counts> counts = tasks.byAlliance();
    List<PortfolioRow> rows = new ArrayList<>();
    for (Alliance alliance : access.visible(viewer)) {
      Optional<Review> review = Optional.ofNullable(latest.get(alliance.reference()));
      AllianceTasks.Counts taskCounts = counts.getOrDefault(alliance.reference(), AllianceTasks.Counts.NONE);
      rows.add(new PortfolioRow(alliance.reference(), alliance.name(), alliance.allianceType(), alliance.status(),
          members.getOrDefault(alliance.reference(), List.of()).stream().map(Partner::organisationName).toList(),
          review.map(Review::gateOutcome).orElse(null), review.map(Review::overallScore).orElse(null),
          review.map(Review::trend).orElse(null), review.map(Review::perceptionGap).orElse(null),
          review.map(Review::reviewNo).orElse(null), review.map(Review::closedAt).orElse(null),
          nextReviewDue(alliance), underReview(alliance), taskCounts.open(), taskCounts.overdue(),
          WebLinks.tasklist(alliance.reference()), cockpit(viewer, alliance)));
    }
    return rows;
  }

  static Summary summary(List<PortfolioRow> rows) {
    Map<String, Long> byOutcome = new LinkedHashMap<>();
    for (String outcome : List.of("HEALTHY", "WATCH", "AT_RISK", "CRITICAL", "NONE")) {
      byOutcome.put(outcome, rows.stream().filter(r -> outcome.equals(r.gateOutcome() == null ? "NONE" : r.gateOutcome()))
          .count());
    }
    OffsetDateTime in30Days = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);
    long dueSoon = rows.stream().filter(r -> r.nextReviewDue() != null && r.nextReviewDue().isBefore(in30Days)).count();
    return new Summary(rows.size(), byOutcome, dueSoon, rows.stream().mapToLong(PortfolioRow::overdueTasks).sum());
  }

  AllianceDetail detail(Viewer viewer, String reference) {
    Alliance alliance = access.require(viewer, reference);
    List<Partner> members = partners.ofAlliance(reference).stream()
        .filter(p -> viewer.staff() || List.of("SELECTED", "ACTIVE", "EXITED").contains(p.status())).toList();
    Map<String, String> names = new LinkedHashMap<>();
    members.forEach(p -> names.put(p.organisationId(), p.organisationName()));

    List<ReviewView> reviewViews = new ArrayList<>();
    List<CommentView> comments = new ArrayList<>();
    for (Review review : reviews.ofAlliance(reference)) {
      reviewViews.add(reviewView(viewer, review, names));
      reviews.comments(review.id()).stream().filter(c -> viewer.seesPartner(c.organisationId()))
          .map(c -> new CommentView(review.reviewNo(), names.getOrDefault(c.organisationId(), c.organisationId()),
              Dimension.ofKey(c.dimension()).map(Dimension::label).orElse(c.dimension()), c.text()))
          .forEach(comments::add);
    }
    comments.sort(Comparator.comparingInt(CommentView::reviewNo).reversed());
    AllianceTasks.Counts counts = tasks.of(reference);
    return new AllianceDetail(alliance.reference(), alliance.name(), alliance.allianceType(), alliance.status(),
        alliance.purpose(), alliance.objectives(), alliance.reviewCycle(), alliance.proposedAt(),
        alliance.activatedAt(), alliance.dissolvedAt(), nextReviewDue(alliance), underReview(alliance),
        counts.open(), counts.overdue(), WebLinks.tasklist(reference), cockpit(viewer, alliance),
        members.stream().map(p -> new PartnerView(p.organisationId(), p.organisationName(), p.status(),
            p.expectedShare(), p.commitment(), viewer.staff() ? p.fitScore() : null)).toList(),
        agreements.ofAlliance(reference), reviewViews, actions.ofAlliance(reference), decisions.ofAlliance(reference),
        comments, dissolutions.lessons(reference), dissolutions.exitPlan(reference).orElse(null));
  }

  private static boolean underReview(Alliance alliance) {
    return AllianceStatus.UNDER_REVIEW.name().equals(alliance.status());
  }

  /** When the next review is due; none while one is in progress (its timer has fired). */
  private static OffsetDateTime nextReviewDue(Alliance alliance) {
    return underReview(alliance) ? null : alliance.nextReviewDue();
  }

  /** The lifecycle's running process instance in Cockpit, for an administrator. */
  private static String cockpit(Viewer viewer, Alliance alliance) {
    return viewer.admin() && alliance.processInstanceId() != null
        && !AllianceStatus.DISSOLVED.name().equals(alliance.status())
        ? WebLinks.cockpit(alliance.processInstanceId()) : null;
  }

  private ReviewView reviewView(Viewer viewer, Review review, Map<String, String> names) {
    Map<String, PartnerScores> byPartner = new LinkedHashMap<>();
    for (ReviewRepository.PartnerScore score : reviews.partnerScores(review.id())) {
      if (viewer.seesPartner(score.organisationId())) {
        byPartner.computeIfAbsent(score.organisationId(), id -> new PartnerScores(id, names.getOrDefault(id, id),
            new LinkedHashMap<>())).scores().put(score.dimension(), score.score());
      }
    }
    return new ReviewView(review.id(), review.reviewNo(), review.reviewTrigger(), review.status(), review.openedAt(),
        review.closedAt(), review.trustScore(), review.decisionMakingScore(), review.managementCapabilityScore(),
        review.flexibilityScore(), review.overallScore(), review.perceptionGap(), review.responseRate(), review.trend(),
        review.gateOutcome(), review.decision(), review.decisionBasis(), review.objectivesAchieved(),
        review.partnersAsked(), review.partnersResponded(), new ArrayList<>(byPartner.values()));
  }
}
