package org.alliancecompass.governance;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the partners decide together ({@code alliance.governance.*}).
 *
 * @param votePeriod how long the partners have to vote on a decision; a reminder comes half way
 * @param disputeStepPeriod how long each step of the dispute ladder after a deadlock has (the
 *     leadership team's final call, the chief executives' answers, the facilitator's recommendation)
 *     before the next step starts
 */
@ConfigurationProperties("alliance.governance")
public record GovernanceSettings(@DefaultValue("P14D") Period votePeriod,
    @DefaultValue("P14D") Period disputeStepPeriod) {
}
