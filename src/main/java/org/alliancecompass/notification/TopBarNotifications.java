package org.alliancecompass.notification;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page's top bar links to "My notifications" with the number unread. The pages' layout is the
 * web module's; the count is this module's, so it is handed to every page's model here (the link
 * shows where this module runs) rather than looked up by the layout, which would make the web
 * module depend on this one without its code saying so. The count is asked only when a page
 * renders the top bar.
 */
@ControllerAdvice
class TopBarNotifications {

  private final Outbox outbox;

  TopBarNotifications(Outbox outbox) {
    this.outbox = outbox;
  }

  @ModelAttribute("outbox")
  Outbox outbox() {
    return outbox;
  }
}
