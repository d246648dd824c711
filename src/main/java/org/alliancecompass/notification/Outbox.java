package org.alliancecompass.notification;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Every person's notifications: kept in their outbox (the "My notifications" page), and mailed by
 * their choice when this installation has mail set up ({@code spring.mail.*}): each at once (a
 * {@code notification-mail} process whose asynchronous step sends it after the notification's
 * transaction has committed), in a daily digest, or not at all. Without mail settings nothing is
 * mailed and nothing fails. The notification module's API, used by the page header as
 * {@code @outbox}.
 */
@Component("outbox")
public class Outbox {

  /** The "My notifications" page shows this many, newest first. */
  static final int PAGE = 200;

  private final NotificationRepository notifications;
  private final People people;
  private final ObjectProvider<JavaMailSender> mail;
  private final RuntimeService runtime;
  private final SystemCalls system;

  Outbox(NotificationRepository notifications, People people, ObjectProvider<JavaMailSender> mail,
      RuntimeService runtime, SystemCalls system) {
    this.notifications = notifications;
    this.people = people;
    this.mail = mail;
    this.runtime = runtime;
    this.system = system;
  }

  /** How many of the person's notifications they have not yet seen on their page. */
  public long unread(String user) {
    return user == null ? 0 : notifications.unread(user);
  }

  /** Whether notifications are mailed at all here: {@code spring.mail.host} is set. */
  public boolean mailConfigured() {
    return mail.getIfAvailable() != null;
  }

  /** Keeps the notification in its recipient's outbox and mails it as they chose. */
  void deliver(Notification notification) {
    Delivery delivery = delivery(notification.recipient());
    long id = notifications.insert(notification, delivery);
    if (delivery == Delivery.IMMEDIATE) {
      queueMail(notification.recipient(), false, List.of(id), notification.subject());
    }
  }

  /** Puts what waited for each person's daily digest into one mail each (those who still want one). */
  int queueDigests() {
    int queued = 0;
    for (Map.Entry<String, List<Long>> waiting : notifications.waitingForDigest().entrySet()) {
      String user = waiting.getKey();
      if (delivery(user) == Delivery.DIGEST) {
        queueMail(user, true, waiting.getValue(), NotificationMailer.digestSubject(waiting.getValue().size()));
        queued++;
      } else {
        notifications.keepInOutbox(user);
      }
    }
    return queued;
  }

  List<Notification> of(String user) {
    return notifications.of(user, PAGE);
  }

  void read(String user, long upToId) {
    notifications.read(user, upToId);
  }

  MailMode mode(String user) {
    return notifications.mode(user).orElse(MailMode.IMMEDIATE);
  }

  void mode(String user, MailMode mode) {
    notifications.mode(user, mode);
    if (mode == MailMode.NONE) {
      notifications.keepInOutbox(user);
    }
  }

  private Delivery delivery(String user) {
    if (!mailConfigured() || people.email(user).isEmpty()) {
      return Delivery.OUTBOX;
    }
    return switch (mode(user)) {
      case IMMEDIATE -> Delivery.IMMEDIATE;
      case DIGEST -> Delivery.DIGEST;
      case NONE -> Delivery.OUTBOX;
    };
  }

  private void queueMail(String user, boolean digest, List<Long> ids, String subject) {
    long mailId = notifications.newMail(user, digest, ids);
    system.asSystem(() -> runtime.createProcessInstanceByKey(NotificationMailProcess.KEY)
        .setVariable(NotificationMailProcess.MAIL_ID.getName(), mailId)
        .setVariable(NotificationMailProcess.RECIPIENT.getName(), user)
        .setVariable(NotificationMailProcess.SUBJECT.getName(), subject)
        .execute());
  }
}
