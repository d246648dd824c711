package org.alliancecompass.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends one mail of the outbox through Spring Boot's {@link JavaMailSender}: plain text and HTML
 * (templates/mail/notifications.html) of the same words, to the recipient's e-mail address in
 * Camunda's identity service. A mail is sent once: one already sent is never sent again.
 */
@Component
class NotificationMailer {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

  private final NotificationRepository notifications;
  private final People people;
  private final ObjectProvider<JavaMailSender> sender;
  private final ITemplateEngine templates;
  private final Links links;
  private final NotificationSettings settings;

  NotificationMailer(NotificationRepository notifications, People people, ObjectProvider<JavaMailSender> sender,
      ITemplateEngine templates, Links links, NotificationSettings settings) {
    this.notifications = notifications;
    this.people = people;
    this.sender = sender;
    this.templates = templates;
    this.links = links;
    this.settings = settings;
  }

  /**
   * Sends the mail, or fails (the mail server is down, mail is no longer set up) so that the job
   * is retried and, in the end, shows as an incident in Cockpit.
   */
  void send(long mailId) {
    NotificationRepository.Mail mail = notifications.mail(mailId)
        .orElseThrow(() -> new IllegalStateException("No notification mail " + mailId));
    if (mail.sentAt() != null) {
      return;
    }
    Optional<String> address = people.email(mail.recipient());
    if (address.isEmpty()) {
      LOG.info("Notification mail {} not sent: {} has no e-mail address any more; it stays in their outbox",
          mailId, mail.recipient());
      notifications.sent(mailId, null);
      return;
    }
    JavaMailSender mailer = sender.getIfAvailable();
    if (mailer == null) {
      throw new IllegalStateException("Mail is not set up (spring.mail.host): notification mail " + mailId
          + " waits; set up mail and retry, or cancel this process instance");
    }
    List<Notification> carried = notifications.ofMail(mailId);
    MimeMessage message = mailer.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(settings.mailFrom());
      helper.setTo(address.get());
      helper.setSubject(subject(mail, carried));
      helper.setText(text(mail, carried), html(mail, carried));
    } catch (MessagingException e) {
      throw new MailPreparationException("Cannot write notification mail " + mailId, e);
    }
    mailer.send(message);
    notifications.sent(mailId, address.get());
  }

  private static String subject(NotificationRepository.Mail mail, List<Notification> carried) {
    if (!mail.digest() && carried.size() == 1) {
      return carried.get(0).subject();
    }
    return digestSubject(carried.size());
  }

  static String digestSubject(int count) {
    return "Your Alliance Compass digest: " + count + (count == 1 ? " notification" : " notifications");
  }

  private String text(NotificationRepository.Mail mail, List<Notification> carried) {
    StringBuilder text = new StringBuilder();
    if (mail.digest()) {
      text.append("Your notifications since the last digest, oldest first.\n\n");
    }
    for (Notification n : carried) {
      if (mail.digest()) {
        text.append(n.subject()).append("\n");
      }
      text.append(n.body()).append("\n\n").append(n.linkLabel()).append(": ").append(n.link()).append("\n");
      if (n.allianceReference() != null && !n.link().equals(links.alliance(n.allianceReference()))) {
        text.append("The alliance: ").append(links.alliance(n.allianceReference())).append("\n");
      }
      text.append("\n");
    }
    text.append("-- \nAll your notifications, and how you want them mailed: ").append(links.notifications()).append("\n");
    return text.toString();
  }

  private String html(NotificationRepository.Mail mail, List<Notification> carried) {
    Context context = new Context(java.util.Locale.UK);
    context.setVariable("digest", mail.digest());
    context.setVariable("notifications", carried);
    java.util.Map<String, String> allianceLinks = new java.util.HashMap<>();
    carried.stream().map(Notification::allianceReference).filter(java.util.Objects::nonNull).distinct()
        .forEach(reference -> allianceLinks.put(reference, links.alliance(reference)));
    context.setVariable("allianceLinks", allianceLinks);
    context.setVariable("notificationsLink", links.notifications());
    return templates.process("mail/notifications", context);
  }
}
