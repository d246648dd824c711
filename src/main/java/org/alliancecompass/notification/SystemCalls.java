package org.alliancecompass.notification;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Engine calls the product makes for itself, whoever is signed in: the members of the group a
 * task goes to, their e-mail addresses, the start of a mail. A partner representative may read
 * neither those users nor start that process, and still the group is told. Camunda runs listeners
 * and delegates without authorization checks by default; these calls say so themselves, so they
 * hold whatever that setting, and outside the engine (a product command records a decision) they
 * run in a command of their own, in the caller's transaction.
 */
@Component
class SystemCalls {

  private final ProcessEngineConfigurationImpl engine;

  SystemCalls(ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  <T> T asSystem(Supplier<T> call) {
    if (Context.getCommandContext() != null) {
      return Context.getCommandContext().runWithoutAuthorization(call::get);
    }
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(call::get));
  }
}
