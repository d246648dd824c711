package org.alliancecompass.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.identity.Reader;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the alliance manager what each partner organisation said: its scores and comments, on the
 * manager's own task only, as {@link Anonymity} allows (an organisation too few of whose people
 * answered is named with its count, its scores left out, its comments unnamed). They are never
 * process variables, which other partners' tasks could read: a partner sees the alliance's
 * scores, not another partner's assessment. Create listener of {@code Task_ReconcilePerceptions}
 * and {@code Task_AgreeImprovementPlan} in {@code alliance-review}.
 */
@Component("partnerViews")
class PartnerViews implements TaskListener {

  private static final String ORGANISATION = "organisation";

  private final ReviewRepository reviews;
  private final PartnerRegistry registry;
  private final HealthModel model;

  private final Anonymity anonymity;

  PartnerViews(ReviewRepository reviews, PartnerRegistry registry, HealthModel model, Anonymity anonymity) {
    this.anonymity = anonymity;
    this.reviews = reviews;
    this.registry = registry;
    this.model = model;
  }

  private static String people(int respondents) {
    return respondents == 1 ? "1 person answered" : respondents + " people answered";
  }

  @Override
  public void notify(DelegateTask task) {
    long reviewId = ReviewProcess.REVIEW_ID.from(task).get();
    Map<String, Map<String, Object>> byPartner = new LinkedHashMap<>();
    for (ReviewRepository.PartnerScore score : reviews.partnerScores(reviewId)) {
      Map<String, Object> row = byPartner.computeIfAbsent(score.organisationId(), id -> {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put(ORGANISATION, registry.nameOf(id) + " (" + people(score.respondents()) + ")");
        return named;
      });
      if (anonymity.attributable(Reader.STAFF, score.organisationId(), score.respondents())) {
        row.put(score.dimension(), score.score());
      } else {
        row.put(ORGANISATION, registry.nameOf(score.organisationId()) + " (" + people(score.respondents())
            + ": fewer than " + anonymity.minimum() + ", shown to its own people only)");
      }
    }
    List<Map<String, Object>> comments = new ArrayList<>();
    for (ReviewRepository.Comment comment : reviews.comments(reviewId)) {
      String from = switch (anonymity.comment(Reader.STAFF, comment.organisationId(), comment.respondents())) {
        case NAMED -> registry.nameOf(comment.organisationId());
        case UNNAMED, HIDDEN -> "A partner organisation";
      };
      comments.add(Map.of(ORGANISATION, from, "dimension", model.label(comment.dimension()), "comment", comment.text()));
    }
    List<Map<String, String>> columns = new ArrayList<>();
    columns.add(Map.of("label", "Partner", "key", ORGANISATION));
    for (Dimension dimension : model.dimensions()) {
      columns.add(Map.of("label", dimension.label(), "key", dimension.key()));
    }
    task.setVariableLocal(ReviewProcess.PARTNER_SCORES, FormJson.of(new ArrayList<>(byPartner.values())));
    task.setVariableLocal(ReviewProcess.PARTNER_SCORE_COLUMNS, FormJson.of(columns));
    task.setVariableLocal(ReviewProcess.PARTNER_COMMENTS, FormJson.of(comments));
  }
}
