package org.alliancecompass.work;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How open work is chased ({@code alliance.chasing.*}), for every user task of every model.
 *
 * @param reminderAt when the people a task waits for are reminded, as a share of the time from the
 *     task's creation to its due date: 0.5 is half way
 * @param escalationRepeat how often a task past its due date is escalated again while it stays
 *     open (the first escalation comes at the due date); a task without a due date is treated as
 *     due this long after it was created
 */
@ConfigurationProperties("alliance.chasing")
public record ChasingSettings(
    @DefaultValue("0.5") double reminderAt,
    @DefaultValue("P7D") Period escalationRepeat) {

  public ChasingSettings {
    if (!(reminderAt > 0 && reminderAt < 1)) {
      throw new IllegalArgumentException("alliance.chasing.reminder-at must lie between 0 and 1 (a share of the "
          + "time to the due date), not " + reminderAt);
    }
    if (escalationRepeat.isZero() || escalationRepeat.isNegative()) {
      throw new IllegalArgumentException("alliance.chasing.escalation-repeat must be a positive period, not "
          + escalationRepeat);
    }
  }
}
