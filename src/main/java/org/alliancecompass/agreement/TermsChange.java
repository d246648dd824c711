package org.alliancecompass.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One term that differs between two versions of an agreement, as the alliance page lists it under
 * the later version: which term, what it said, what it says now. A partner that joins or leaves
 * shows as a commitment with no text before or after.
 *
 * @param term the term as the page names it ("Decision rule", "Commitment of City Council")
 * @param kind how the page shows the values: {@code words} (a code such as UNANIMOUS),
 *     {@code cycle} (an ISO-8601 period), {@code share} (a percentage) or {@code text}
 * @param before what the earlier version said; null when it said nothing
 * @param after what the later version says; null when it says nothing
 */
public record TermsChange(String term, String kind, String before, String after) {

  private record Clause(String label, String kind, Function<Agreement, Object> value) {
  }

  private static final List<Clause> TERMS = List.of(
      new Clause("Formality", "words", Agreement::formality),
      new Clause("Governance", "text", Agreement::governance),
      new Clause("Decision rule", "words", Agreement::decisionRule),
      new Clause("Coordination", "words", Agreement::coordination),
      new Clause("Risk and gain share", "text", Agreement::riskGainShare),
      new Clause("Objectives and measures", "text", Agreement::objectivesKpis),
      new Clause("Review cycle", "cycle", Agreement::reviewCycle),
      new Clause("Review rhythm", "words", Agreement::reviewRhythm),
      new Clause("Exit provisions", "text", Agreement::exitProvisions),
      new Clause("Term", "text", agreement -> agreement.term().words()));

  /** What changed from one version to the next, in the order the page shows the terms. */
  public static List<TermsChange> between(Agreement before, Agreement after) {
    List<TermsChange> changes = new ArrayList<>();
    for (Clause term : TERMS) {
      String was = text(term.value().apply(before));
      String is = text(term.value().apply(after));
      if (!Objects.equals(was, is)) {
        changes.add(new TermsChange(term.label(), term.kind(), was, is));
      }
    }
    Map<String, Agreement.Commitment> had = byOrganisation(before);
    Map<String, Agreement.Commitment> has = byOrganisation(after);
    Map<String, Agreement.Commitment> every = new LinkedHashMap<>(had);
    has.forEach(every::putIfAbsent);
    for (Map.Entry<String, Agreement.Commitment> partner : every.entrySet()) {
      Agreement.Commitment was = had.get(partner.getKey());
      Agreement.Commitment is = has.get(partner.getKey());
      String name = partner.getValue().organisationName();
      String wasText = was == null ? null : text(was.commitment());
      String isText = is == null ? null : text(is.commitment());
      if (!Objects.equals(wasText, isText) || (was == null) != (is == null)) {
        changes.add(new TermsChange("Commitment of " + name, "text", wasText, isText));
      }
      String wasShare = was == null ? null : share(was.expectedShare());
      String isShare = is == null ? null : share(is.expectedShare());
      if (!Objects.equals(wasShare, isShare)) {
        changes.add(new TermsChange("Expected share of " + name, "share", wasShare, isShare));
      }
    }
    return changes;
  }

  /** For each version after the first (by its number), what changed from the version before it. */
  public static Map<Integer, List<TermsChange>> ofVersions(List<Agreement> versions) {
    Map<Integer, List<TermsChange>> changes = new LinkedHashMap<>();
    for (int i = 1; i < versions.size(); i++) {
      changes.put(versions.get(i).versionNo(), between(versions.get(i - 1), versions.get(i)));
    }
    return changes;
  }

  private static Map<String, Agreement.Commitment> byOrganisation(Agreement agreement) {
    Map<String, Agreement.Commitment> commitments = new LinkedHashMap<>();
    agreement.commitments().forEach(c -> commitments.put(c.organisationId(), c));
    return commitments;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = (value instanceof Enum<?> code ? code.name() : value.toString()).strip();
    return text.isEmpty() ? null : text;
  }

  private static String share(double percent) {
    return java.math.BigDecimal.valueOf(percent).stripTrailingZeros().toPlainString();
  }
}
