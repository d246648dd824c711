package org.alliancecompass.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The outbox ({@code notification}), the mails that carry it, and each person's mail mode. */
@Repository
class NotificationRepository {

  private static final String COLUMNS = """
      id, recipient, kind, alliance_reference, task_id, subject, body, link, link_label, created_at, read_at""";

  /** A mail to one person: one notification, or a digest of several. */
  record Mail(long id, String recipient, boolean digest, OffsetDateTime sentAt) {
  }

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Notification n, Delivery delivery) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into notification (recipient, kind, alliance_reference, task_id, subject, body, link, link_label,
              created_at, delivery)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(n.recipient(), n.kind().name(), n.allianceReference(), n.taskId(), clip(n.subject(), 500),
            clip(n.body(), 4000), n.link(), n.linkLabel(), now(), delivery.name())
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** A new mail to this person carrying these notifications. */
  long newMail(String recipient, boolean digest, List<Long> notificationIds) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into notification_mail (recipient, digest, created_at) values (?, ?, ?)")
        .params(recipient, digest, now()).update(key, "id");
    long mailId = key.getKey().longValue();
    for (int from = 0; from < notificationIds.size(); from += CHUNK) {
      jdbc.sql("update notification set mail_id = :mail where id in (:ids)").param("mail", mailId)
          .param("ids", notificationIds.subList(from, Math.min(notificationIds.size(), from + CHUNK))).update();
    }
    return mailId;
  }

  Optional<Mail> mail(long mailId) {
    return jdbc.sql("select id, recipient, digest, sent_at from notification_mail where id = ?").param(mailId)
        .query(Mail.class).optional();
  }

  List<Notification> ofMail(long mailId) {
    return jdbc.sql("select " + COLUMNS + " from notification where mail_id = ? order by created_at, id")
        .param(mailId).query(Notification.class).list();
  }

  void sent(long mailId, String address) {
    jdbc.sql("update notification_mail set sent_at = ?, sent_to = ? where id = ?").params(now(), address, mailId)
        .update();
  }

  /** The notifications waiting for each person's daily digest, oldest first. */
  Map<String, List<Long>> waitingForDigest() {
    Map<String, List<Long>> waiting = new LinkedHashMap<>();
    jdbc.sql("""
            select recipient, id from notification where delivery = 'DIGEST' and mail_id is null
            order by recipient, created_at, id""")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
        .forEach(e -> waiting.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
    return waiting;
  }

  /** A person who stops mail: what waited for their digest stays in the outbox only. */
  void keepInOutbox(String recipient) {
    jdbc.sql("update notification set delivery = 'OUTBOX' where recipient = ? and delivery = 'DIGEST' and mail_id is null")
        .param(recipient).update();
  }

  List<Notification> of(String recipient, int limit) {
    return jdbc.sql("select " + COLUMNS
            + " from notification where recipient = :user order by created_at desc, id desc fetch first :limit rows only")
        .param("user", recipient).param("limit", limit).query(Notification.class).list();
  }

  long unread(String recipient) {
    return jdbc.sql("select count(*) from notification where recipient = ? and read_at is null").param(recipient)
        .query(Long.class).single();
  }

  void read(String recipient, long upToId) {
    jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null and id <= ?")
        .params(now(), recipient, upToId).update();
  }

  Optional<MailMode> mode(String user) {
    return jdbc.sql("select mail_mode from notification_preference where user_id = ?").param(user)
        .query(String.class).optional().map(MailMode::valueOf);
  }

  void mode(String user, MailMode mode) {
    if (jdbc.sql("update notification_preference set mail_mode = ? where user_id = ?").params(mode.name(), user)
        .update() == 0) {
      try {
        jdbc.sql("insert into notification_preference (user_id, mail_mode) values (?, ?)").params(user, mode.name())
            .update();
      } catch (DuplicateKeyException e) {
        // the same person, saving twice at once
        jdbc.sql("update notification_preference set mail_mode = ? where user_id = ?").params(mode.name(), user)
            .update();
      }
    }
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
