package org.alliancecompass.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.alliancecompass.taskform.ConflictingRequest;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Marker;

/**
 * Keeps the log for what an operator must act on. The engine logs every exception that ends a
 * command as an error with its stack trace (ENGINE-16004), including a person's form refused for
 * a missing field or an ad hoc review asked for during a review: the person was told (a 400 or
 * 409 naming the problem), nothing changed, and nothing is wrong with the application. Those are
 * dropped; every other engine error is logged as before. Installed by {@code logback-spring.xml}.
 */
public class ExpectedRefusalsFilter extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (!ENGINE_CONTEXT_LOGGER.equals(logger.getName()) || level == null || !level.isGreaterOrEqual(Level.WARN)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t : lastThrowable(params);
    return isExpectedRefusal(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  static boolean isExpectedRefusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException || cause instanceof ConflictingRequest) {
        return true;
      }
    }
    return false;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable thrown ? thrown : null;
  }
}
