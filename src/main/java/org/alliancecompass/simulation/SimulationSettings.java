package org.alliancecompass.simulation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated portfolio of the {@code simulation} profile ({@code alliance.simulation.*}):
 * many active alliances whose reviews fall due together, for capacity tests, benchmarks and
 * failure drills.
 *
 * @param alliances how many active alliances to create
 * @param partnersPerAlliance partner organisations per alliance
 * @param organisations the pool of partner organisations the alliances draw from
 * @param reviewsDueIn when the reviews of all simulated alliances fall due, from the first start
 * @param userPassword the password of the simulated partner representatives; required, as there
 *     is no default password outside the demo profile
 */
@ConfigurationProperties("alliance.simulation")
public record SimulationSettings(
    @DefaultValue("100") int alliances,
    @DefaultValue("3") int partnersPerAlliance,
    @DefaultValue("30") int organisations,
    @DefaultValue("PT30S") Duration reviewsDueIn,
    String userPassword) {

  /** Refuses a simulation that cannot run: without a password, or with more partners than organisations. */
  void check() {
    if (userPassword == null || userPassword.isBlank()) {
      throw new IllegalStateException("The simulation profile needs alliance.simulation.user-password "
          + "(ALLIANCE_SIMULATION_USER_PASSWORD) for its partner representatives");
    }
    if (partnersPerAlliance < 1 || partnersPerAlliance > organisations) {
      throw new IllegalStateException("alliance.simulation.partners-per-alliance must be between 1 and "
          + "alliance.simulation.organisations");
    }
  }
}
