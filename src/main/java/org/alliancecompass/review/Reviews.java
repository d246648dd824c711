package org.alliancecompass.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.health.HealthScoring;
import org.alliancecompass.identity.Reader;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The review module's API: each alliance's reviews with their scores, what partners wrote, the
 * improvement actions agreed, and an organisation's track record for partner selection.
 */
@Component
public class Reviews {

  /** A partner's score on a dimension in a review. */
  public record PartnerScore(long reviewId, String organisationId, String dimension, double score, int respondents) {
  }

  /**
   * What a respondent of a partner organisation wrote on a dimension in a review.
   *
   * @param organisationId the organisation, or none when too few of its people answered to name it
   */
  public record Comment(long reviewId, String organisationId, String dimension, String text) {
  }

  private final ReviewRepository reviews;
  private final ImprovementActionRepository actions;
  private final Alliances alliances;
  private final RuntimeService runtime;
  private final Anonymity anonymity;
  private final ReviewEvidence evidence;

  Reviews(ReviewRepository reviews, ImprovementActionRepository actions, Alliances alliances, RuntimeService runtime,
      Anonymity anonymity, ReviewEvidence evidence) {
    this.anonymity = anonymity;
    this.evidence = evidence;
    this.reviews = reviews;
    this.actions = actions;
    this.alliances = alliances;
    this.runtime = runtime;
  }

  /** Every review of the alliance, oldest first, with its dimension scores. */
  public List<Review> ofAlliance(String reference) {
    return reviews.ofAlliance(reference);
  }

  /** Each alliance's latest closed review, by alliance reference. */
  public Map<String, Review> latestClosedByAlliance() {
    return reviews.latestClosedByAlliance();
  }

  /**
   * Each partner's scores in every review of the alliance that the reader may see: their own
   * organisation's, and, for the staff, those of every organisation enough of whose people
   * answered that no one's answers can be read from them.
   */
  public List<PartnerScore> partnerScores(String reference, Reader reader) {
    return reviews.partnerScoresOfAlliance(reference).stream()
        .filter(s -> anonymity.attributable(reader, s.organisationId(), s.respondents()))
        .map(s -> new PartnerScore(s.reviewId(), s.organisationId(), s.dimension(), s.score(), s.respondents()))
        .toList();
  }

  /**
   * The partners' comments in every review of the alliance that the reader may see, by
   * organisation, never by person; a comment of an organisation too few of whose people answered
   * reaches the staff as a partner's, with no organisation named.
   */
  public List<Comment> comments(String reference, Reader reader) {
    List<Comment> readable = new java.util.ArrayList<>();
    for (ReviewRepository.Comment c : reviews.commentsOfAlliance(reference)) {
      switch (anonymity.comment(reader, c.organisationId(), c.respondents())) {
        case NAMED -> readable.add(new Comment(c.reviewId(), c.organisationId(), c.dimension(), c.text()));
        case UNNAMED -> readable.add(new Comment(c.reviewId(), null, c.dimension(), c.text()));
        case HIDDEN -> { }
      }
    }
    return readable;
  }

  /**
   * The organisations of a review whose own figures the reader may not see, because fewer of
   * their people answered than the installation requires to show them.
   */
  public Set<String> withheld(Review review, Reader reader) {
    Set<String> withheld = new java.util.TreeSet<>();
    review.participation().stream()
        .filter(p -> p.respondents() > 0 && reader.staff()
            && !anonymity.attributable(reader, p.organisationId(), p.respondents()))
        .forEach(p -> withheld.add(p.organisationId()));
    return withheld;
  }

  /** How many of an organisation's people must answer for its own figures to be shown outside it. */
  public int minimumRespondentsShown() {
    return anonymity.minimum();
  }

  /**
   * What the record shows of each review's period, by review id: the period from the close of the
   * review before (or the alliance's beginning) to the review's close (or now, while it runs).
   */
  public Map<Long, ProcessEvidence> processEvidence(String reference) {
    return evidence.ofAlliance(reference);
  }

  /** What each partner delivered against what the agreement expected of it, in every review, oldest first. */
  public List<Contribution> contributions(String reference) {
    return reviews.contributionsOfAlliance(reference);
  }

  /** What every review of the alliance found of its KPIs, oldest review first. */
  public List<KpiReading> kpiReadings(String reference) {
    return reviews.kpiReadingsOfAlliance(reference);
  }

  public List<ImprovementAction> improvementActions(String reference) {
    return actions.ofAlliance(reference);
  }

  /** One improvement action of the alliance; none when the alliance has no action of that id. */
  public Optional<ImprovementAction> improvementAction(String reference, long id) {
    return actions.find(id).filter(action -> action.allianceReference().equals(reference));
  }

  /**
   * A note on an action (progress, a link to evidence) between its owner's reports: its state stays,
   * the note is its latest, and the owner's task shows it.
   */
  public void addNote(ImprovementAction action, String note, String evidenceLink, String by) {
    actions.update(action.id(), action.status(), note, evidenceLink, by);
    if (action.status().pending()) {
      runtime.createProcessInstanceQuery().processInstanceBusinessKey(action.allianceReference())
          .processDefinitionKey(ActionProcess.KEY).variableValueEquals(ActionProcess.ACTION_ID.getName(), action.id())
          .list().forEach(instance -> runtime.setVariable(instance.getId(), ActionProcess.LATEST_NOTE.getName(), note));
    }
  }

  /** A file of evidence, kept with the action in the database. */
  public long addEvidence(ImprovementAction action, String fileName, String contentType, byte[] content, String by) {
    return actions.addEvidence(action.id(), fileName, contentType, content, by);
  }

  /** A file of evidence with its content. */
  public Optional<EvidenceContent> evidence(ImprovementAction action, long fileId) {
    return actions.evidenceFile(action.id(), fileId).map(f -> new EvidenceContent(f.evidence(), f.content()));
  }

  /** An improvement action's state in words. */
  public static String words(ActionStatus status) {
    return ImprovementActions.words(status);
  }

  /** "3 of 5 actions done, 1 blocked, 1 overdue": the progress of the alliance's improvement actions. */
  public static String progress(List<ImprovementAction> actions) {
    long done = actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
    long blocked = actions.stream().filter(a -> a.status() == ActionStatus.BLOCKED).count();
    long overdue = actions.stream().filter(ImprovementAction::overdue).count();
    return done + " of " + actions.size() + " actions done" + (blocked > 0 ? ", " + blocked + " blocked" : "")
        + (overdue > 0 ? ", " + overdue + " overdue" : "");
  }

  /** A file of evidence and its bytes. */
  public record EvidenceContent(ImprovementAction.Evidence evidence, byte[] content) {
  }

  /** How an organisation did in the other alliances it was a partner of: their latest reviews' overall scores. */
  public TrackRecord trackRecord(String organisationId, String exceptReference) {
    Set<String> joined = new java.util.HashSet<>(alliances.joinedBy(organisationId));
    joined.remove(exceptReference);
    Map<String, Double> scores = reviews.lastOverallScores(joined);
    Double average = scores.values().stream().mapToDouble(Double::doubleValue).average().stream().boxed()
        .findFirst().map(HealthScoring::round).orElse(null);
    return new TrackRecord(joined.size(), average);
  }
}
