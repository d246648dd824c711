package org.alliancecompass.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.alliancecompass.alliance.LifecycleProcess;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The term of the agreement in force, for the lifecycle's notice timers
 * ({@code Event_TermNoticeReached}, {@code Event_NextTermNotice}): when its notice date comes, and,
 * when a new version or a renewal changes the term, the timers moved to the new date. An
 * open-ended agreement's timer waits at {@link #NO_NOTICE}: it never fires unless a later version
 * gives the agreement an end.
 */
@Component("agreementTerms")
public class AgreementTerms {

  /** The due date of a notice timer while the agreement has no end date. */
  static final Instant NO_NOTICE = LocalDate.of(9999, 12, 31).atStartOfDay(ZoneOffset.UTC).toInstant();

  private final AgreementRepository agreements;

  AgreementTerms(AgreementRepository agreements) {
    this.agreements = agreements;
  }

  /** The notice date of the alliance's agreement in force, at the start of that day (UTC). */
  public Date noticeDate(DelegateExecution execution) {
    return Date.from(notice(execution.getProcessBusinessKey()));
  }

  /** The term in force, in words: "until 31 March 2028, 6 months' notice". */
  public String words(DelegateExecution execution) {
    return term(execution.getProcessBusinessKey()).words();
  }

  Term term(String reference) {
    return agreements.inForce(reference).map(Agreement::term).orElse(Term.OPEN_ENDED);
  }

  private Instant notice(String reference) {
    return term(reference).noticeDate().map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(NO_NOTICE);
  }

  /** The term in force changed: the lifecycle's waiting notice timer follows it. */
  void follow(ProcessEngineServices engine, String reference) {
    Date due = Date.from(notice(reference));
    String lifecycle = lifecycle(engine, reference);
    for (String activity : new String[] {LifecycleProcess.EVENT_TERM_NOTICE, LifecycleProcess.EVENT_NEXT_TERM_NOTICE}) {
      for (Job timer : engine.getManagementService().createJobQuery().timers().processInstanceId(lifecycle)
          .activityId(activity).list()) {
        engine.getManagementService().setJobDuedate(timer.getId(), due);
      }
    }
  }

  private static String lifecycle(ProcessEngineServices engine, String reference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LifecycleProcess.KEY)
        .processInstanceBusinessKey(reference).list().stream().map(p -> p.getId()).findFirst().orElse("none");
  }
}
