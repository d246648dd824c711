package org.alliancecompass.taskform;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A request the product refuses because of the state things are in (a review asked for while one
 * is under way, say): the engine rolls the command back, nothing changes, and the REST API
 * answers 409 with this message, which says what is in the way.
 */
public class ConflictingRequest extends ProcessEngineException {

  public ConflictingRequest(String message) {
    super(message);
  }
}
