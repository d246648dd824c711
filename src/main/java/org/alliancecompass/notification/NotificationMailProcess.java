package org.alliancecompass.notification;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The {@code notification-mail} process ({@code bpmn/notification-mail.bpmn}): one mail to one
 * person, sent by an asynchronous step after the transaction that wrote the notification has
 * committed. A mail server that is down fails the step, never the person's task: the job is
 * retried ({@code alliance.jobs.retry-back-off}) and then shows as an incident in Cockpit.
 */
public final class NotificationMailProcess {

  public static final String KEY = "notification-mail";
  public static final String EVENT_QUEUED = "Event_MailQueued";
  public static final String TASK_SEND = "Task_SendMail";
  public static final String EVENT_SENT = "Event_MailSent";

  /** The row of {@code notification_mail} to send. */
  public static final VariableFactory<Long> MAIL_ID = longVariable("mailId");
  /** For the administrator in Cockpit: to whom, and what. */
  public static final VariableFactory<String> RECIPIENT = stringVariable("recipient");
  public static final VariableFactory<String> SUBJECT = stringVariable("subject");

  private NotificationMailProcess() {
  }
}
