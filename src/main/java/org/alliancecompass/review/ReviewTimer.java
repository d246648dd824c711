package org.alliancecompass.review;

import static org.alliancecompass.alliance.LifecycleProcess.EVENT_REVIEW_DUE;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The timer job an active alliance waits on for its next scheduled review ({@code Event_ReviewDue}
 * in {@code alliance-lifecycle}), while an ad hoc review runs beside it.
 *
 * <p>One review at a time: an ad hoc review holds the waiting timer (the job is suspended, so no
 * job executor takes it, and Cockpit shows it suspended); when the ad hoc review ends with the
 * decision to continue, {@link #moveTo} sets the next due date and releases it. Were the timer
 * executed by hand in between, {@code OpenReview} would refuse the second review. After a decision
 * to renegotiate or dissolve the timer goes with the sub-process it waits in.
 */
@Component("reviewTimer")
public class ReviewTimer {

  /** Holds the waiting review timer, if there is one; an execution listener on {@code Call_AdHocReview}. */
  public void hold(DelegateExecution execution) {
    waiting(execution).filter(timer -> !timer.isSuspended())
        .ifPresent(timer -> management(execution).suspendJobById(timer.getId()));
  }

  /**
   * Moves the waiting review timer, if there is one, to {@code due} and releases it if it was held.
   * Both changes go into one update of the job: {@code activateJobById} is a bulk update that the
   * engine writes before the job's own update of its due date, which then fails its revision check.
   */
  void moveTo(DelegateExecution execution, Instant due) {
    waiting(execution).ifPresent(timer -> {
      if (timer.isSuspended() && timer instanceof JobEntity entity) {
        entity.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
      }
      management(execution).setJobDuedate(timer.getId(), Date.from(due));
    });
  }

  private static Optional<Job> waiting(DelegateExecution execution) {
    return Optional.ofNullable(management(execution).createJobQuery()
        .processInstanceId(execution.getProcessInstanceId()).activityId(EVENT_REVIEW_DUE).singleResult());
  }

  private static ManagementService management(DelegateExecution execution) {
    return execution.getProcessEngineServices().getManagementService();
  }
}
