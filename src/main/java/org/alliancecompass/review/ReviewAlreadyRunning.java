package org.alliancecompass.review;

import org.alliancecompass.taskform.ConflictingRequest;

/**
 * A review was to start while another review of the alliance is under way: an ad hoc review asked
 * for, or the scheduled review's timer executed by hand while an ad hoc review runs. The request
 * changes nothing (the engine rolls it back) and is answered 409.
 */
public class ReviewAlreadyRunning extends ConflictingRequest {

  public ReviewAlreadyRunning(String reference, int reviewNo) {
    super("Review " + reviewNo + " of alliance " + reference + " is under way; another review can start once it "
        + "has closed");
  }
}
