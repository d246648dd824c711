package org.alliancecompass.review;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancecompass.work.OpenWork;
import org.alliancecompass.work.WorkRecord;
import org.springframework.stereotype.Component;

/**
 * The process evidence of an alliance's reviews: for each review, {@link ProcessEvidence} of its
 * period, from the close of the review before (or the alliance's beginning) to its own close (or
 * now, while it runs), read from the work module's record, the improvement actions and the
 * review's participation.
 */
@Component
class ReviewEvidence {

  private final ReviewRepository reviews;
  private final ImprovementActionRepository actions;
  private final OpenWork work;

  ReviewEvidence(ReviewRepository reviews, ImprovementActionRepository actions, OpenWork work) {
    this.reviews = reviews;
    this.actions = actions;
    this.work = work;
  }

  /** Each review's evidence, by review id, oldest first. */
  Map<Long, ProcessEvidence> ofAlliance(String reference) {
    return periods(reviews.ofAlliance(reference), work.records(reference), actions.ofAlliance(reference));
  }

  /** The evidence of a review's own period. */
  ProcessEvidence of(Review review) {
    return ofAlliance(review.allianceReference()).get(review.id());
  }

  static Map<Long, ProcessEvidence> periods(List<Review> history, List<WorkRecord> records,
      List<ImprovementAction> actions) {
    Map<Long, ProcessEvidence> evidence = new LinkedHashMap<>();
    OffsetDateTime from = null;
    for (Review review : history) {
      OffsetDateTime to = review.closedAt() != null ? review.closedAt() : OffsetDateTime.now(ZoneOffset.UTC);
      evidence.put(review.id(), ProcessEvidence.of(from, to, records, actions, review.participation()));
      from = to;
    }
    return evidence;
  }
}
