package org.alliancecompass.notification;

import static org.alliancecompass.support.ProcessScenario.MANAGER;
import static org.alliancecompass.support.ProcessScenario.health;
import static org.alliancecompass.support.ProcessScenario.representative;
import static org.alliancecompass.support.ProcessScenario.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.alliancecompass.review.ReviewProcess;
import org.alliancecompass.support.ProcessScenario;
import org.alliancecompass.work.ChasingPolicy;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Notifications by mail, through a real SMTP server (GreenMail) in the test: the application's
 * engine, models and delegates as in a process test, with {@code spring.mail.*} set. The test moves
 * the jobs on itself, mail jobs included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.main.web-application-type=none",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
    "camunda.bpm.process-engine-name=notification-mail-tests",
    "camunda.bpm.job-execution.enabled=false",
    // the flow-node coverage cannot record a partner's step with authorizations on; one test turns them on
    "camunda.bpm.authorization.enabled=false",
    "spring.datasource.url=jdbc:h2:mem:notification-mail-tests;DB_CLOSE_DELAY=-1",
    "alliance.admin.password=mail-tests-admin",
    "spring.mail.host=127.0.0.1",
    "alliance.base-url=https://compass.example.org/",
    "alliance.notification.mail-from=Alliance Compass <compass@example.org>",
})
@ActiveProfiles("process-test")
@Import({ProcessEngineCoverageConfiguration.class, ProcessScenario.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class NotificationMailTest {

  static final int SMTP_PORT = freePort();
  static final String TASKLIST = "https://compass.example.org/camunda/app/tasklist/default/#/?task=";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
      .withPerMethodLifecycle(false);

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @Autowired ProcessScenario scenario;
  @Autowired IdentityService identity;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired Outbox outbox;
  @Autowired NotificationRepository notifications;
  @Autowired NotificationMailer mailer;
  @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;

  /** A mail as its reader sees it. */
  record Mail(String to, String subject, String text, String html) {
  }

  @BeforeEach
  void emptyMailboxes() throws Exception {
    if (!smtp.isRunning()) {
      smtp.start();
    }
    scenario.executeJobs();
    smtp.purgeEmailFromAllMailboxes();
  }

  @Test
  @DisplayName("A new assessment, its reminder and its escalation are mailed to those who must act, with the task's link")
  void assessmentReminderEscalation() throws Exception {
    // given two partners, and a manager, with e-mail addresses
    String alliance = alliance("mail-north", "mail-city");

    // when the review asks both partners
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.executeJobs();

    // then each representative has a mail saying what is asked, of which alliance, by when, with the task's link
    List<Task> assessments = scenario.tasks(alliance, ReviewProcess.TASK_ASSESS_HEALTH);
    List<Mail> arrived = mails();
    assertThat(arrived).extracting(Mail::to)
        .containsExactlyInAnyOrder(address(representative("mail-north")), address(representative("mail-city")));
    for (Task task : assessments) {
      Mail mail = mailTo(arrived, representative(scenario.partnerOf(task)));
      assertThat(mail.subject()).startsWith("New task: Health assessment for Alliance " + alliance + ", due ");
      assertThat(mail.text()).contains("What is asked: Health assessment", "Alliance: Alliance " + alliance,
          "Due by: ", TASKLIST + task.getId());
      assertThat(mail.html()).contains("href=\"" + TASKLIST + task.getId() + "\"", "Open the task in Tasklist");
    }
    keep("new-assessment", arrived.get(0));

    // when the reminder comes half way
    smtp.purgeEmailFromAllMailboxes();
    scenario.fireTimeout(alliance, ReviewProcess.TASK_ASSESS_HEALTH, ChasingPolicy.REMINDER);

    // then
    assertThat(mails()).hasSize(2).allSatisfy(mail -> {
      assertThat(mail.subject()).startsWith("Reminder: Health assessment for Alliance " + alliance);
      assertThat(mail.text()).contains("still waiting for an answer", TASKLIST);
    });

    // when the due date passes
    smtp.purgeEmailFromAllMailboxes();
    scenario.fireTimeout(alliance, ReviewProcess.TASK_ASSESS_HEALTH, ChasingPolicy.ESCALATION);

    // then the partners are told it is overdue, and the alliance manager that it is theirs to chase
    List<Mail> escalated = mails();
    assertThat(escalated).filteredOn(mail -> mail.subject().startsWith("Overdue: Health assessment"))
        .extracting(Mail::to)
        .containsExactlyInAnyOrder(address(representative("mail-north")), address(representative("mail-city")));
    assertThat(escalated).filteredOn(mail -> mail.to().equals(address(MANAGER))).hasSize(2).allSatisfy(mail -> {
      assertThat(mail.subject()).startsWith("Escalated to you: Health assessment for Alliance " + alliance);
      assertThat(mail.text()).contains("escalated to Alliance managers", "Asked of: rep-mail-", TASKLIST,
          "https://compass.example.org/alliances/" + alliance);
    });
  }

  @Test
  @DisplayName("A decision about an alliance is mailed to its partners and its manager, with the alliance's page")
  void decision() throws Exception {
    // given a review both partners answered
    String alliance = alliance("mail-east", "mail-west");
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.eachPartner(alliance, ReviewProcess.TASK_ASSESS_HEALTH, partner -> health(4, 4, 4, 4));
    smtp.purgeEmailFromAllMailboxes();

    // when the manager records objective achievement and the gate decides
    scenario.complete(alliance, ReviewProcess.TASK_OBJECTIVES, MANAGER,
        values("objectivesAchieved", 80, "objectiveNotes", "On plan"));

    // then
    List<Mail> decided = mails().stream().filter(mail -> mail.subject().startsWith("Decision on")).toList();
    assertThat(decided).extracting(Mail::to).containsExactlyInAnyOrder(address(representative("mail-east")),
        address(representative("mail-west")), address(MANAGER));
    assertThat(decided).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("Decision on Alliance " + alliance + ": Review 1: gate outcome");
      assertThat(mail.text()).contains("Decision: Healthy", "https://compass.example.org/alliances/" + alliance);
      assertThat(mail.html()).contains("href=\"https://compass.example.org/alliances/" + alliance + "\"");
    });
  }

  @Test
  @DisplayName("A person who chose the daily digest gets one mail a day with everything; the digest runs once")
  void digest() throws Exception {
    // given one partner's representative wants a daily digest, the other a mail each time
    String alliance = alliance("digest-north", "digest-city");
    outbox.mode(representative("digest-north"), MailMode.DIGEST);

    // when an assessment arrives for each and is reminded
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.fireTimeout(alliance, ReviewProcess.TASK_ASSESS_HEALTH, ChasingPolicy.REMINDER);

    // then only the other has mails so far
    assertThat(mails()).extracting(Mail::to).containsOnly(address(representative("digest-city"))).hasSize(2);
    smtp.purgeEmailFromAllMailboxes();

    // when the daily digest falls due
    fireDigest();

    // then one mail carries both notifications, each with its link
    assertThat(mails()).singleElement().satisfies(mail -> {
      assertThat(mail.to()).isEqualTo(address(representative("digest-north")));
      assertThat(mail.subject()).isEqualTo("Your Alliance Compass digest: 2 notifications");
      assertThat(mail.text()).contains("New task: Health assessment", "Reminder: Health assessment", TASKLIST);
      assertThat(mail.html()).contains("New task: Health assessment", "Reminder: Health assessment");
      keep("digest", mail);
    });

    // and the next digest has nothing to send again
    smtp.purgeEmailFromAllMailboxes();
    fireDigest();
    assertThat(mails()).isEmpty();
  }

  @Test
  @DisplayName("A person who chose no mail gets none; their notifications wait in their outbox")
  void optOut() throws Exception {
    // given
    String alliance = alliance("quiet-north");
    outbox.mode(representative("quiet-north"), MailMode.NONE);

    // when
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    scenario.fireTimeout(alliance, ReviewProcess.TASK_ASSESS_HEALTH, ChasingPolicy.REMINDER);
    fireDigest();

    // then
    assertThat(mails()).isEmpty();
    assertThat(outbox.of(representative("quiet-north"))).extracting(Notification::kind)
        .containsExactly(NotificationKind.REMINDER, NotificationKind.TASK_ARRIVED);
  }

  @Test
  @DisplayName("A mail server that is down never fails the task: the mail is retried, an incident, and sent once when back")
  void mailServerDown() throws Exception {
    // given the mail server is down
    String alliance = alliance("down-north");
    smtp.stop();

    // when the review asks the partner: the task is there, and the mail's job fails
    scenario.start(ReviewProcess.KEY, alliance, Map.of("reviewCycle", "P3M"));
    Task task = scenario.task(alliance, ReviewProcess.TASK_ASSESS_HEALTH);
    Job mail = management.createJobQuery().processDefinitionKey(NotificationMailProcess.KEY).singleResult();
    assertThatThrownBy(() -> management.executeJob(mail.getId()));
    assertThat(management.createJobQuery().jobId(mail.getId()).singleResult().getExceptionMessage())
        .contains("Mail server connection failed");

    // then the partner can still answer: the person's task neither failed nor rolled back
    assertThat(retries(mail)).isPositive();
    scenario.submit(task, representative("down-north"), health(4, 4, 4, 4));
    assertThat(scenario.tasks(alliance, ReviewProcess.TASK_ASSESS_HEALTH)).isEmpty();

    // when the mail server stays down through every retry
    for (int attempt = 0; attempt < 10 && retries(mail) > 0; attempt++) {
      assertThatThrownBy(() -> management.executeJob(mail.getId()));
    }

    // then the administrator sees an incident in Cockpit, on the mail's process
    assertThat(runtime.createIncidentQuery().processInstanceId(mail.getProcessInstanceId()).count()).isOne();

    // when the mail server is back and the administrator retries it
    smtp.start();
    management.setJobRetries(mail.getId(), 1);
    management.executeJob(mail.getId());
    scenario.executeJobs();

    // then the mail arrives, once, the incident is resolved, and it is never sent again
    assertThat(mails()).filteredOn(m -> m.to().equals(address(representative("down-north")))).singleElement()
        .satisfies(m -> assertThat(m.subject()).startsWith("New task: Health assessment for Alliance " + alliance));
    assertThat(runtime.createIncidentQuery().processInstanceId(mail.getProcessInstanceId()).count()).isZero();
    long mailId = (Long) history.createHistoricVariableInstanceQuery().processInstanceId(mail.getProcessInstanceId())
        .variableName(NotificationMailProcess.MAIL_ID.getName()).singleResult().getValue();
    int received = smtp.getReceivedMessages().length;
    mailer.send(mailId);
    assertThat(smtp.getReceivedMessages()).hasSize(received);
  }

  @Test
  @DisplayName("With Camunda's authorizations on, as in production, a manager hands work on to legal, and legal is mailed")
  void asTheProduct() throws Exception {
    // given an agreement in drafting, and Camunda's authorizations on, as in production
    String alliance = alliance("auth-north", "auth-city");
    engineConfiguration.setAuthorizationEnabled(true);
    try {
      scenario.start(org.alliancecompass.agreement.AgreementProcess.KEY, alliance,
          values("reviewCycle", "P3M", "objectives", "Objectives"));
      scenario.executeJobs();
      smtp.purgeEmailFromAllMailboxes();

      // when the manager submits formal terms
      List<Map<String, Object>> commitments = List.of(
          Map.of("organisationId", "auth-north", "organisationName", "auth-north", "commitment", "Beds", "expectedShare", 50),
          Map.of("organisationId", "auth-city", "organisationName", "auth-city", "commitment", "Care", "expectedShare", 50));
      scenario.complete(alliance, org.alliancecompass.agreement.AgreementProcess.TASK_DRAFT_TERMS, MANAGER,
          values("formality", "FORMAL", "coordination", "MEDIUM", "governance", "Joint board", "decisionRule", "UNANIMOUS",
              "partnerCommitments", ProcessScenario.json(commitments), "riskGainShare", "Equal",
              "objectivesAndKpis", "KPIs", "reviewCycle", "P6M", "exitProvisions", "Notice"));
    } finally {
      engineConfiguration.setAuthorizationEnabled(false);
    }
    scenario.executeJobs();

    // then the legal review waits for legal, who have their mail with its link
    Task legal = scenario.task(alliance, org.alliancecompass.agreement.AgreementProcess.TASK_LEGAL_REVIEW);
    assertThat(mails()).filteredOn(mail -> mail.to().equals(address(ProcessScenario.LAWYER))).singleElement()
        .satisfies(mail -> {
          assertThat(mail.subject()).startsWith("New task: Legal review for Alliance " + alliance);
          assertThat(mail.text()).contains("Asked of: Legal", TASKLIST + legal.getId());
        });
  }

  private int retries(Job job) {
    return management.createJobQuery().jobId(job.getId()).singleResult().getRetries();
  }

  /** The daily digest's timer, fired now, and the mails it queues sent. */
  private void fireDigest() {
    Job timer = management.createJobQuery().processDefinitionKey(NotificationDigestProcess.KEY).timers().singleResult();
    management.executeJob(timer.getId());
    scenario.executeJobs();
  }

  /** An active alliance of these partners, its representatives and its manager reachable by mail. */
  private String alliance(String... partners) {
    String reference = scenario.activeAlliance("UNANIMOUS", partners);
    List<String> people = new ArrayList<>(Arrays.stream(partners).map(ProcessScenario::representative).toList());
    people.addAll(List.of(MANAGER, ProcessScenario.BOARD_MEMBER, ProcessScenario.SECOND_BOARD_MEMBER, ProcessScenario.LAWYER));
    for (String id : people) {
      User user = identity.createUserQuery().userId(id).singleResult();
      user.setEmail(address(id));
      identity.saveUser(user);
    }
    return reference;
  }

  /** Writes a mail under {@code target/mails/} for a person to look at (text and HTML). */
  private static void keep(String name, Mail mail) {
    try {
      java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "mails"));
      java.nio.file.Files.writeString(folder.resolve(name + ".html"), mail.html());
      java.nio.file.Files.writeString(folder.resolve(name + ".txt"), mail.subject() + "\n\n" + mail.text());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String address(String user) {
    return user + "@example.org";
  }

  private static Mail mailTo(List<Mail> mails, String user) {
    return mails.stream().filter(mail -> mail.to().equals(address(user))).findFirst().orElseThrow();
  }

  private List<Mail> mails() throws MessagingException, IOException {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      List<String> text = new ArrayList<>();
      List<String> html = new ArrayList<>();
      parts(message, text, html);
      mails.add(new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
          String.join("\n", text), String.join("\n", html)));
    }
    return mails;
  }

  private static void parts(Part part, List<String> text, List<String> html) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      text.add((String) part.getContent());
    } else if (part.isMimeType("text/html")) {
      html.add((String) part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        parts(child, text, html);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
