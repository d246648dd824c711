package org.alliancecompass.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.review.Reviews;
import org.alliancecompass.review.TrackRecord;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.selection.CandidateAssessmentRepository.Assessment;
import org.alliancecompass.selection.FitScoring.Candidate;
import org.alliancecompass.selection.FitScoring.Ranked;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Scores each candidate's fit (0-100) and ranks the candidates, each with its track record in
 * earlier alliances, for the manager who selects. Candidates that did not answer by the deadline
 * are listed last. Used by {@code Task_RankCandidates} in {@code partner-selection}.
 */
@Component("rankCandidates")
class RankCandidates implements JavaDelegate {

  private final Alliances alliances;
  private final CandidateAssessmentRepository assessments;
  private final Reviews reviews;

  RankCandidates(Alliances alliances, CandidateAssessmentRepository assessments, Reviews reviews) {
    this.alliances = alliances;
    this.assessments = assessments;
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    Map<String, Assessment> answered = assessments.latest(reference).stream()
        .collect(Collectors.toMap(Assessment::organisationId, Function.identity()));
    List<Partner> candidates = alliances.withStatus(reference, PartnerStatus.CANDIDATE);

    List<Candidate> pool = new ArrayList<>();
    for (Partner partner : candidates) {
      Assessment assessment = answered.get(partner.organisationId());
      TrackRecord record = reviews.trackRecord(partner.organisationId(), reference);
      pool.add(new Candidate(partner.organisationId(), partner.organisationName(),
          assessment == null ? null : assessment.answers(), assessment != null && assessment.willingToJoin(),
          record.alliances(), record.averageHealth()));
    }

    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, String>> comments = new ArrayList<>();
    List<Map<String, String>> options = new ArrayList<>();
    for (Ranked ranked : FitScoring.rank(pool)) {
      alliances.rank(reference, ranked.organisationId(), ranked.fitScore(), ranked.rank());
      Assessment assessment = answered.get(ranked.organisationId());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("rank", ranked.rank());
      row.put("organisation", ranked.name());
      row.put("fitScore", ranked.fitScore() == null ? "no answer" : ranked.fitScore());
      row.put("willing", !ranked.assessed() ? "no answer" : ranked.willingToJoin() ? "yes" : "no");
      row.put("pastAlliances", ranked.pastAlliances());
      row.put("pastHealth", ranked.averagePastHealth() == null ? "–" : ranked.averagePastHealth());
      rows.add(row);
      if (assessment != null && assessment.comment() != null) {
        comments.add(Map.of("organisation", ranked.name(), "comment", assessment.comment()));
      }
      if (ranked.willingToJoin()) {
        options.add(Map.of("label", "%s (fit %s)".formatted(ranked.name(), ranked.fitScore()), "value",
            ranked.organisationId()));
      }
    }
    execution.setVariable(SelectionProcess.CANDIDATE_RANKING, FormJson.of(rows));
    execution.setVariable(SelectionProcess.CANDIDATE_COMMENTS, FormJson.of(comments));
    execution.setVariable(SelectionProcess.CANDIDATE_OPTIONS, FormJson.of(options));
  }
}
