package org.alliancecompass.review;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.alliancecompass.agreement.DecisionRule;

/**
 * Tallies the partners' votes at a critical review gate, one vote per partner organisation. The
 * evidence base asks for "unanimity and participatory processes": by default a decision needs
 * every partner's vote for the same option; an agreement may choose a two-thirds majority of all
 * partners instead. A missing vote counts against any decision. A pure function.
 */
public final class VoteTally {

  /**
   * @param decision the decision the votes carry, or empty on deadlock
   * @param counts votes per option
   * @param missing partners that did not vote
   */
  public record Result(Optional<ReviewDecision> decision, Map<ReviewDecision, Long> counts, int missing) {

    public boolean deadlock() {
      return decision.isEmpty();
    }

    /** For the decision register and the board: "2 CONTINUE, 1 DISSOLVE, 0 missing". */
    public String summary() {
      String votes = counts.entrySet().stream().filter(e -> e.getValue() > 0)
          .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
      return (votes.isEmpty() ? "no votes" : votes) + (missing > 0 ? ", " + missing + " not cast" : "");
    }
  }

  private VoteTally() {
  }

  /**
   * @param partners every partner organisation entitled to vote
   * @param votes the votes cast: partner to option
   */
  public static Result tally(DecisionRule rule, Collection<String> partners, Map<String, ReviewDecision> votes) {
    if (partners.isEmpty()) {
      throw new IllegalArgumentException("A vote needs at least one partner");
    }
    if (!partners.containsAll(votes.keySet())) {
      throw new IllegalArgumentException("Only partners vote; got votes from " + votes.keySet());
    }
    Map<ReviewDecision, Long> counts = new EnumMap<>(ReviewDecision.class);
    for (ReviewDecision option : ReviewDecision.values()) {
      counts.put(option, votes.values().stream().filter(option::equals).count());
    }
    int missing = partners.size() - votes.size();
    long needed = rule.votesNeeded(partners.size());
    Optional<ReviewDecision> decision = counts.entrySet().stream()
        .filter(e -> e.getValue() >= needed).map(Map.Entry::getKey).findFirst();
    return new Result(decision, counts, missing);
  }
}
