package org.alliancecompass.notification;

/**
 * The {@code notification-digest} process ({@code bpmn/notification-digest.bpmn}): every day at
 * 07:00 (server time; the timer is the model's, editable in Camunda Modeler) it puts what waited
 * for each person's daily digest into one mail each. A timer start event is one job for the whole
 * cluster, so the digest runs once however many nodes share the database.
 */
public final class NotificationDigestProcess {

  public static final String KEY = "notification-digest";
  public static final String EVENT_DIGEST_DUE = "Event_DigestDue";
  public static final String TASK_COLLECT = "Task_CollectDigests";
  public static final String EVENT_QUEUED = "Event_DigestsQueued";

  private NotificationDigestProcess() {
  }
}
