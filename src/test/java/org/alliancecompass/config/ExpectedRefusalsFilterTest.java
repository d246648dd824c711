package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import org.alliancecompass.review.ReviewAlreadyRunning;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpectedRefusalsFilterTest {

  private final LoggerContext context = new LoggerContext();
  private final Logger engine = context.getLogger(ExpectedRefusalsFilter.ENGINE_CONTEXT_LOGGER);
  private final ExpectedRefusalsFilter filter = new ExpectedRefusalsFilter();

  @Test
  @DisplayName("A refused form or ad hoc review is not logged as an engine error; real errors still are")
  void onlyExpectedRefusalsAreDropped() {
    Throwable refusedForm = new ProcessEngineException("Cannot submit task form",
        new FormFieldValidationException("validation", "Invalid form data: trustFairDealing: is required"));
    Throwable busy = new ReviewAlreadyRunning("ALL-2026-0001", 3);
    Throwable databaseDown = new ProcessEngineException("Connection refused");

    assertThat(decide(engine, refusedForm)).isEqualTo(FilterReply.DENY);
    assertThat(decide(engine, busy)).isEqualTo(FilterReply.DENY);
    assertThat(decide(engine, databaseDown)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(decide(context.getLogger("org.alliancecompass"), refusedForm)).isEqualTo(FilterReply.NEUTRAL);
  }

  private FilterReply decide(Logger logger, Throwable thrown) {
    return filter.decide(null, logger, Level.ERROR, "ENGINE-16004 Exception while closing command context: {}",
        new Object[] {thrown.getMessage(), thrown}, null);
  }
}
