package org.alliancecompass.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links from the dashboard into the Camunda webapps. Every process of an alliance carries the
 * alliance reference as its business key, so one Tasklist search finds all of its tasks.
 */
final class WebLinks {

  private WebLinks() {
  }

  /** Tasklist, showing the open tasks of one alliance (the user's own filter, searched by business key). */
  static String tasklist(String reference) {
    String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"%s\",\"name\":\"\"}]"
        .formatted(reference.replace("\"", ""));
    return "/camunda/app/tasklist/default/#/?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  /** Tasklist, opened on one task. */
  static String task(String taskId) {
    return "/camunda/app/tasklist/default/#/?task=" + URLEncoder.encode(taskId, StandardCharsets.UTF_8);
  }

  /** Cockpit, showing the alliance's lifecycle process instance where it stands. */
  static String cockpit(String processInstanceId) {
    return "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime";
  }
}
