package org.alliancecompass.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Shows the alliance manager who said what: each partner's scores and comments, on the manager's
 * own task only. They are never process variables, which other partners' tasks could read: a
 * partner sees the alliance's scores, not another partner's assessment. Create listener of
 * {@code Task_ReconcilePerceptions} and {@code Task_AgreeImprovementPlan} in {@code alliance-review}.
 */
@Component("partnerViews")
class PartnerViews implements TaskListener {

  private static final String ORGANISATION = "organisation";

  private final ReviewRepository reviews;
  private final PartnerRegistry registry;
  private final HealthModel model;

  PartnerViews(ReviewRepository reviews, PartnerRegistry registry, HealthModel model) {
    this.reviews = reviews;
    this.registry = registry;
    this.model = model;
  }

  @Override
  public void notify(DelegateTask task) {
    long reviewId = ReviewProcess.REVIEW_ID.from(task).get();
    Map<String, Map<String, Object>> byPartner = new LinkedHashMap<>();
    for (ReviewRepository.PartnerScore score : reviews.partnerScores(reviewId)) {
      byPartner.computeIfAbsent(score.organisationId(), id -> {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(ORGANISATION, registry.nameOf(id));
        return row;
      }).put(score.dimension(), score.score());
    }
    List<Map<String, Object>> comments = new ArrayList<>();
    for (ReviewRepository.Comment comment : reviews.comments(reviewId)) {
      comments.add(Map.of(ORGANISATION, registry.nameOf(comment.organisationId()),
          "dimension", model.label(comment.dimension()), "comment", comment.text()));
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
