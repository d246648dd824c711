package org.alliancecompass.notification;

/** How one notification goes out, decided when it is written (by the recipient's choice and the installation). */
enum Delivery {
  /** kept in the outbox only: mail is not set up, the person chose no mail, or has no address */
  OUTBOX,
  /** mailed at once, by a job of the notification-mail process */
  IMMEDIATE,
  /** mailed with the person's next daily digest */
  DIGEST
}
