package org.alliancecompass.review;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a review asks for a health assessment: every representative of every partner organisation
 * asked, each their own task. The review's multi-instance assessment runs over {@link #of} (the
 * raters' ids); each task is assigned to {@link #user} and answers for {@link #organisation}.
 * Expressions of {@code Task_AssessPartnerHealth} in {@code alliance-review}.
 */
@Component("reviewRaters")
public class ReviewRaters {

  private final JdbcClient jdbc;

  ReviewRaters(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The raters of the review this execution runs, in the order they were asked. */
  public List<Long> of(DelegateExecution execution) {
    return jdbc.sql("select id from review_rater where review_id = ? order by id")
        .param(ReviewProcess.REVIEW_ID.from(execution).get()).query(Long.class).list();
  }

  public String user(Object rater) {
    return jdbc.sql("select user_id from review_rater where id = ?").param(id(rater)).query(String.class).single();
  }

  public String organisation(Object rater) {
    return jdbc.sql("select organisation_id from review_rater where id = ?").param(id(rater)).query(String.class).single();
  }

  private static long id(Object rater) {
    return rater instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(rater));
  }
}
