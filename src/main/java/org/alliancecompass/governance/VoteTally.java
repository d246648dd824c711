package org.alliancecompass.governance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.alliancecompass.agreement.DecisionRule;

/**
 * Tallies the partners' votes on a decision, one vote per partner organisation. The evidence base
 * asks for "unanimity and participatory processes": by default a decision needs every partner's
 * vote for the same option; an agreement may choose a two-thirds majority of all partners instead.
 * A missing vote counts against any decision. A pure function.
 */
public final class VoteTally {

  /**
   * @param decision the option the votes carry, or empty on deadlock
   * @param counts votes per option, in the options' order
   * @param missing partners that did not vote
   */
  public record Result(Optional<String> decision, Map<String, Long> counts, int missing) {

    public boolean deadlock() {
      return decision.isEmpty();
    }

    /** For the decision register and the leadership team: "2 CONTINUE, 1 DISSOLVE, 1 not cast". */
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
   * @param options the options of the decision, in the order they are offered
   */
  public static Result tally(DecisionRule rule, Collection<String> partners, Map<String, String> votes,
      List<String> options) {
    if (partners.isEmpty()) {
      throw new IllegalArgumentException("A vote needs at least one partner");
    }
    if (!partners.containsAll(votes.keySet())) {
      throw new IllegalArgumentException("Only partners vote; got votes from " + votes.keySet());
    }
    if (!options.containsAll(votes.values())) {
      throw new IllegalArgumentException("Votes are for one of " + options + "; got " + votes.values());
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String option : options) {
      counts.put(option, votes.values().stream().filter(option::equals).count());
    }
    long needed = rule.votesNeeded(partners.size());
    Optional<String> decision = counts.entrySet().stream()
        .filter(e -> e.getValue() >= needed).map(Map.Entry::getKey).findFirst();
    return new Result(decision, counts, partners.size() - votes.size());
  }
}
