package org.alliancecompass.governance;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the partners decide together ({@code alliance.governance.*}).
 *
 * @param votePeriod how long the partners have to vote on a decision; a reminder comes half way
 */
@ConfigurationProperties("alliance.governance")
public record GovernanceSettings(@DefaultValue("P14D") Period votePeriod) {
}
