package org.alliancecompass.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends one notification mail. {@code Task_SendMail} of {@code notification-mail}, an asynchronous
 * step: it runs after the transaction that wrote the notification, and a failure (the mail server
 * down) is retried as a job and then an incident in Cockpit, never a failure of anyone's task.
 */
@Component("sendNotificationMail")
class SendNotificationMail implements JavaDelegate {

  private final NotificationMailer mailer;

  SendNotificationMail(NotificationMailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mailer.send(NotificationMailProcess.MAIL_ID.from(execution).get());
  }
}
