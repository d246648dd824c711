package org.alliancecompass.notification;

import java.util.List;

import org.alliancecompass.work.OpenWork;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My notifications": the signed-in person's own notifications, newest first, those they had not
 * seen marked as new (seeing the page marks them read), and how they want them mailed.
 */
@Controller
class NotificationsPage {

  private final Outbox outbox;
  private final People people;
  private final OpenWork work;

  NotificationsPage(Outbox outbox, People people, OpenWork work) {
    this.outbox = outbox;
    this.people = people;
    this.work = work;
  }

  @GetMapping("/notifications")
  String page(Authentication authentication, Model model) {
    String user = authentication.getName();
    List<Notification> notifications = outbox.of(user);
    model.addAttribute("notifications", notifications);
    model.addAttribute("unseen", notifications.stream().filter(Notification::unread).count());
    model.addAttribute("open", work.stillOpen(notifications.stream().map(Notification::taskId)
        .filter(java.util.Objects::nonNull).toList()));
    model.addAttribute("mode", outbox.mode(user));
    model.addAttribute("modes", MailMode.values());
    model.addAttribute("mailConfigured", outbox.mailConfigured());
    model.addAttribute("email", people.email(user).orElse(null));
    notifications.stream().mapToLong(Notification::id).max().ifPresent(newest -> outbox.read(user, newest));
    return "notifications";
  }

  @PostMapping("/notifications/mail-mode")
  String mailMode(@RequestParam MailMode mode, Authentication authentication) {
    outbox.mode(authentication.getName(), mode);
    return "redirect:/notifications?saved";
  }
}
