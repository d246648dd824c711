package org.alliancecompass.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Puts what waited for each person's daily digest into one mail each, sent by a
 * {@code notification-mail} process of its own (so one mail server failure holds up one mail).
 * {@code Task_CollectDigests} of {@code notification-digest}, after its daily timer.
 */
@Component("collectDigests")
class CollectDigests implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CollectDigests.class);

  private final Outbox outbox;

  CollectDigests(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int digests = outbox.queueDigests();
    if (digests > 0) {
      LOG.info("Daily digest: {} digests queued for mailing", digests);
    }
  }
}
