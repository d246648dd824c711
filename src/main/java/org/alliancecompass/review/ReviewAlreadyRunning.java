package org.alliancecompass.review;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An ad hoc review was asked for while a review of the alliance is under way: the request changes
 * nothing (the engine rolls it back) and the engine REST API answers 409.
 */
public class ReviewAlreadyRunning extends ProcessEngineException {

  public ReviewAlreadyRunning(String reference, int reviewNo) {
    super("Review " + reviewNo + " of alliance " + reference + " is under way; an ad hoc review can be asked for "
        + "once it has closed");
  }
}
