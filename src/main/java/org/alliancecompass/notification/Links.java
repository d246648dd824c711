package org.alliancecompass.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a notification sends its reader, as absolute addresses (a mail is read outside the
 * product): {@code alliance.base-url}, the address people reach the product at.
 */
@Component
class Links {

  private final String base;

  Links(@Value("${alliance.base-url:http://localhost:8080}") String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The task in Tasklist (a person who may not see it there sees Tasklist's own "no such task"). */
  String task(String taskId) {
    return base + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  String alliance(String reference) {
    return base + "/alliances/" + reference;
  }

  String notifications() {
    return base + "/notifications";
  }
}
