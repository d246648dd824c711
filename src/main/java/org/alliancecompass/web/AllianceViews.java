package org.alliancecompass.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.agreement.AgreementStatus;
import org.alliancecompass.agreement.TermsChange;
import org.alliancecompass.agreement.Agreements;
import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.dissolution.Dissolutions;
import org.alliancecompass.dissolution.Lesson;
import org.alliancecompass.dissolution.PlannedExit;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.identity.Organisation;
import org.alliancecompass.identity.Reader;
import org.alliancecompass.agreement.Kpi;
import org.alliancecompass.review.Contribution;
import org.alliancecompass.review.KpiReading;
import org.alliancecompass.review.ProcessEvidence;
import org.alliancecompass.review.ImprovementAction;
import org.alliancecompass.review.Review;
import org.alliancecompass.review.Reviews;
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

  /** Whom a comment is from, when too few of its organisation's people answered to name it. */
  static final String A_PARTNER = "A partner organisation";

  public record PartnerView(String organisationId, String organisation, String status, Double expectedShare,
      String commitment, Double fitScore, OffsetDateTime joinedAt, OffsetDateTime leftAt) {
  }

  /**
   * A review as the dashboard shows it.
   *
   * @param scores the alliance's score on each dimension of the health model, by dimension key
   * @param silentPartners the partners asked that sent no assessment (while the review is open: not yet)
   * @param withheldPartners the partners that answered whose own figures the viewer may not see:
   *     too few of their people answered to show them outside the organisation
   * @param evidence what the record shows of the review's period, beside what the partners say
   * @param answered for each organisation asked, how many of its people have answered of how many
   */
  public record ReviewView(long id, int reviewNo, String trigger, String format, String status, OffsetDateTime openedAt,
      OffsetDateTime closedAt, Map<String, Double> scores, Double overallScore, Double perceptionGap,
      Double responseRate, Double trend, String gateOutcome, String decision, String decisionBasis,
      Integer objectivesAchieved, Integer partnersAsked, Integer partnersResponded, List<PartnerScores> partnerScores,
      List<Organisation> silentPartners, List<Organisation> withheldPartners, ProcessEvidence evidence,
      List<Answered> answered) {
  }

  /** How many of an organisation's people a review asked, and how many have answered (asked: none before V8). */
  public record Answered(String organisationId, String organisation, Integer asked, int answered) {
  }

  /** A partner's view of the alliance in a review: its score on each dimension (0-100), from how many of its people. */
  public record PartnerScores(String organisationId, String organisation, int respondents, Map<String, Double> scores) {
  }

  public record CommentView(int reviewNo, String organisation, String dimension, String comment) {
  }

  public record AllianceDetail(String reference, String name, String type, String status, String purpose,
      String objectives, String reviewCycle, OffsetDateTime proposedAt, OffsetDateTime activatedAt,
      OffsetDateTime dissolvedAt, OffsetDateTime nextReviewDue, boolean reviewInProgress, int openTasks,
      int overdueTasks,
      String tasklistUrl, String cockpitUrl, List<PartnerView> partners, List<Agreement> agreements, List<ReviewView> reviews,
      List<ImprovementAction> improvementActions, List<Decision> decisions, List<CommentView> comments,
      List<Lesson> lessons, PlannedExit exitPlan, List<KpiView> kpis, List<Contribution> contributions,
      Map<Integer, List<TermsChange>> agreementChanges, AgreementInForce agreement, LeadershipTeamView leadershipTeam) {
  }

  /**
   * Who decides for the alliance: its own leadership team as the agreement in force sets it (a member
   * per partner organisation, an optional independent chair), or, when it names none, the portfolio's
   * leadership team ({@code portfolio} true, no members).
   */
  public record LeadershipTeamView(boolean portfolio, List<LeadershipMemberView> members, String chair) {
  }

  public record LeadershipMemberView(String organisationId, String organisation, String userId) {
  }

  /**
   * The version of the agreement in force, when it came into force, by which rule the partners
   * decide, and its term: its last day ({@code null}: no end date), its notice period, and the
   * notice date by which the leadership team decides on renewal.
   */
  public record AgreementInForce(int version, OffsetDateTime since, String decisionRule, java.time.LocalDate validUntil,
      String noticePeriod, java.time.LocalDate noticeDate, String term) {

    static AgreementInForce of(List<Agreement> versions) {
      return versions.stream().filter(v -> v.status() == AgreementStatus.APPROVED).findFirst()
          .map(v -> new AgreementInForce(v.versionNo(), v.decidedAt(), v.decisionRule().name(), v.term().validUntil(),
              v.term().noticePeriod(), v.term().noticeDate().orElse(null), v.term().words())).orElse(null);
    }
  }

  /**
   * A KPI of the alliance with what each review found: the agreement's terms in force (or, for a
   * KPI a later agreement dropped, the terms its last review measured against).
   */
  public record KpiView(String name, String measure, String direction, double baseline, double target, double minimum,
      boolean inForce, List<KpiValue> values) {
  }

  /** A review's value of a KPI; none when it was not measured that period. */
  public record KpiValue(int reviewNo, Double actual, boolean belowMinimum, boolean onTarget) {
  }

  private final AllianceAccess access;
  private final Alliances alliances;
  private final Reviews reviews;
  private final Agreements agreements;
  private final DecisionRegister decisions;
  private final Dissolutions dissolutions;
  private final AllianceTasks tasks;
  private final HealthModel model;

  AllianceViews(AllianceAccess access, Alliances alliances, Reviews reviews, Agreements agreements,
      DecisionRegister decisions, Dissolutions dissolutions, AllianceTasks tasks, HealthModel model) {
    this.access = access;
    this.alliances = alliances;
    this.reviews = reviews;
    this.agreements = agreements;
    this.decisions = decisions;
    this.dissolutions = dissolutions;
    this.tasks = tasks;
    this.model = model;
  }

  AllianceDetail detail(Viewer viewer, String reference) {
    Alliance alliance = access.require(viewer, reference);
    List<Partner> members = members(viewer, reference);
    Map<String, String> names = names(members);
    List<Review> history = reviews.ofAlliance(reference);
    Map<Long, Integer> numbers = new LinkedHashMap<>();
    history.forEach(r -> numbers.put(r.id(), r.reviewNo()));
    Reader reader = viewer.reader();
    List<CommentView> comments = new ArrayList<>(reviews.comments(reference, reader).stream()
        .map(c -> new CommentView(numbers.getOrDefault(c.reviewId(), 0), c.organisationId() == null
            ? A_PARTNER : names.getOrDefault(c.organisationId(), c.organisationId()), model.label(c.dimension()), c.text()))
        .toList());
    comments.sort(Comparator.comparingInt(CommentView::reviewNo).reversed());
    AllianceTasks.Counts counts = tasks.of(viewer, reference);
    List<Agreement> versions = agreements.ofAlliance(reference);
    return new AllianceDetail(alliance.reference(), alliance.name(), alliance.allianceType().name(),
        alliance.status().name(), alliance.purpose(), alliance.objectives(), alliance.reviewCycle(),
        alliance.proposedAt(), alliance.activatedAt(), alliance.dissolvedAt(), nextReviewDue(alliance),
        alliance.underReview(), counts.open(), counts.overdue(), WebLinks.tasklist(reference), cockpit(viewer, alliance),
        members.stream().map(p -> new PartnerView(p.organisationId(), p.organisationName(), p.status().name(),
            p.expectedShare(), p.commitment(), viewer.staff() ? p.fitScore() : null, p.joinedAt(), p.leftAt())).toList(),
        versions, reviewViews(viewer, reference, history, names),
        reviews.improvementActions(reference), decisions.ofAlliance(reference, reader), comments,
        dissolutions.lessons(reference), dissolutions.exitPlan(reference).orElse(null), kpis(reference),
        reviews.contributions(reference), TermsChange.ofVersions(versions), AgreementInForce.of(versions),
        leadershipTeam(reference, names));
  }

  /** The alliance's reviews, oldest first, for a viewer who may see the alliance: its part of the API alone. */
  List<ReviewView> reviews(Viewer viewer, String reference) {
    access.require(viewer, reference);
    return reviewViews(viewer, reference, reviews.ofAlliance(reference), names(members(viewer, reference)));
  }

  List<Agreement> agreements(Viewer viewer, String reference) {
    access.require(viewer, reference);
    return agreements.ofAlliance(reference);
  }

  List<ImprovementAction> improvementActions(Viewer viewer, String reference) {
    access.require(viewer, reference);
    return reviews.improvementActions(reference);
  }

  List<Decision> decisions(Viewer viewer, String reference) {
    access.require(viewer, reference);
    return decisions.ofAlliance(reference, viewer.reader());
  }

  private LeadershipTeamView leadershipTeam(String reference, Map<String, String> names) {
    org.alliancecompass.agreement.LeadershipTeam team = agreements.leadershipTeam(reference);
    return new LeadershipTeamView(team.none(), team.members().stream().map(m -> new LeadershipMemberView(
        m.organisationId(), names.getOrDefault(m.organisationId(), m.organisationId()), m.userId())).toList(), team.chair());
  }

  /** The partners a viewer sees of the alliance: staff every organisation considered, others the members. */
  private List<Partner> members(Viewer viewer, String reference) {
    return alliances.partners(reference).stream()
        .filter(p -> viewer.staff() || PartnerStatus.MEMBERS.contains(p.status())).toList();
  }

  private static Map<String, String> names(List<Partner> members) {
    Map<String, String> names = new LinkedHashMap<>();
    members.forEach(p -> names.put(p.organisationId(), p.organisationName()));
    return names;
  }

  /**
   * The reviews with the per-partner scores the viewer may read (the review module's anonymity
   * rule), what the record shows of each period and who answered: a fixed number of statements.
   */
  private List<ReviewView> reviewViews(Viewer viewer, String reference, List<Review> history, Map<String, String> names) {
    Reader reader = viewer.reader();
    Map<Long, Map<String, PartnerScores>> byReview = new LinkedHashMap<>();
    for (Reviews.PartnerScore score : reviews.partnerScores(reference, reader)) {
      byReview.computeIfAbsent(score.reviewId(), id -> new LinkedHashMap<>())
          .computeIfAbsent(score.organisationId(), id -> new PartnerScores(id, names.getOrDefault(id, id),
              score.respondents(), new LinkedHashMap<>())).scores().put(score.dimension(), score.score());
    }
    Map<Long, ProcessEvidence> evidence = reviews.processEvidence(reference);
    return history.stream()
        .map(r -> reviewView(r, new ArrayList<>(byReview.getOrDefault(r.id(), Map.of()).values()),
            organisations(r.silentPartners(), names), organisations(reviews.withheld(r, reader), names),
            evidence.get(r.id()), r.participation().stream().map(p -> new Answered(p.organisationId(),
                names.getOrDefault(p.organisationId(), p.organisationId()), p.peopleAsked(), p.respondents())).toList()))
        .toList();
  }

  /** The alliance's KPIs and their values over its reviews, for a viewer who may see the alliance. */
  List<KpiView> kpis(Viewer viewer, String reference) {
    access.require(viewer, reference);
    return kpis(reference);
  }

  private List<KpiView> kpis(String reference) {
    Map<String, Kpi> terms = new LinkedHashMap<>();
    agreements.kpisInForce(reference).forEach(kpi -> terms.put(kpi.name(), kpi));
    Set<String> inForce = Set.copyOf(terms.keySet());
    Map<String, List<KpiValue>> values = new LinkedHashMap<>();
    terms.keySet().forEach(name -> values.put(name, new ArrayList<>()));
    for (KpiReading reading : reviews.kpiReadings(reference).stream().filter(KpiReading::recorded).toList()) {
      String name = reading.kpi().name();
      if (!inForce.contains(name)) {
        terms.put(name, reading.kpi());
      }
      values.computeIfAbsent(name, n -> new ArrayList<>()).add(new KpiValue(reading.reviewNo(), reading.actual(),
          reading.belowMinimum(), reading.onTarget()));
    }
    return terms.values().stream().map(kpi -> new KpiView(kpi.name(), kpi.measure(), kpi.direction().label(),
        kpi.baseline(), kpi.target(), kpi.minimum(), inForce.contains(kpi.name()), values.get(kpi.name()))).toList();
  }

  /** When the next review is due; none while one is in progress (its timer has fired). */
  private static OffsetDateTime nextReviewDue(Alliance alliance) {
    return alliance.underReview() ? null : alliance.nextReviewDue();
  }

  /** The lifecycle's running process instance in Cockpit, for an administrator. */
  private static String cockpit(Viewer viewer, Alliance alliance) {
    return viewer.admin() && alliance.processInstanceId() != null && alliance.status() != AllianceStatus.DISSOLVED
        ? WebLinks.cockpit(alliance.processInstanceId()) : null;
  }

  private static List<Organisation> organisations(Collection<String> ids, Map<String, String> names) {
    return ids.stream().map(id -> new Organisation(id, names.getOrDefault(id, id))).toList();
  }

  private static ReviewView reviewView(Review review, List<PartnerScores> partnerScores, List<Organisation> silent,
      List<Organisation> withheld, ProcessEvidence evidence, List<Answered> answered) {
    return new ReviewView(review.id(), review.reviewNo(), review.reviewTrigger(), name(review.format()),
        review.status().name(),
        review.openedAt(), review.closedAt(), review.dimensionScores(), review.overallScore(), review.perceptionGap(),
        review.responseRate(), review.trend(), name(review.gateOutcome()), name(review.decision()),
        name(review.decisionBasis()), review.objectivesAchieved(), review.partnersAsked(), review.partnersResponded(),
        partnerScores, silent, withheld, evidence, answered);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
