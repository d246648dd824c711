package org.alliancecompass.governance;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The deadlines of the dispute ladder after a deadlock (design: the agreement's dispute clause):
 * the leadership team's final call, then the partners' chief executives, then an independent
 * facilitator, each step {@link GovernanceSettings#disputeStepPeriod()} long. The expressions of
 * {@code partner-decision}'s step tasks (their due dates and deadline timers) use it.
 */
@Component("disputeLadder")
public class DisputeLadder {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final GovernanceSettings settings;

  DisputeLadder(GovernanceSettings settings) {
    this.settings = settings;
  }

  /** The deadline of a step that starts now, to the minute: its task's due date and its timer are the same. */
  public Date deadline() {
    return Date.from(Instant.now().truncatedTo(ChronoUnit.MINUTES).atOffset(ZoneOffset.UTC)
        .plus(settings.disputeStepPeriod()).toInstant());
  }

  /** The deadline as a step's form says it: "Thursday 17 December 2026". */
  public String deadlineText() {
    return DAY.format(deadline().toInstant().atZone(ZoneOffset.UTC));
  }
}
