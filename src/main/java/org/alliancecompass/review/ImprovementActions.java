package org.alliancecompass.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.taskform.FormJson;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Component;

/**
 * Improvement actions as work: each agreed action is recorded and gets a process of its own
 * ({@code improvement-action}), whose task waits for its owner; what the forms show of an action,
 * and of the actions since the last review.
 */
@Component
class ImprovementActions {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private final ImprovementActionRepository actions;
  private final Alliances alliances;
  private final ActionOwners owners;
  private final HealthModel model;

  ImprovementActions(ImprovementActionRepository actions, Alliances alliances, ActionOwners owners, HealthModel model) {
    this.actions = actions;
    this.alliances = alliances;
    this.owners = owners;
    this.model = model;
  }

  /** Records an agreed action and starts its process: the owner finds it in Tasklist. */
  long agree(ProcessEngineServices engine, String reference, long reviewId, int reviewNo, String dimension, String text,
      ActionOwner owner, LocalDate due) {
    long id = actions.insert(reference, reviewId, dimension, text, owner, due);
    Map<String, Object> variables = new LinkedHashMap<>();
    Alliance alliance = alliances.find(reference).orElseThrow();
    variables.put(LifecycleProcess.ALLIANCE_REFERENCE.getName(), reference);
    variables.put(LifecycleProcess.ALLIANCE_NAME.getName(), alliance.name());
    variables.put(ReviewProcess.REVIEW_NUMBER.getName(), reviewNo);
    variables.put(ActionProcess.ACTION_ID.getName(), id);
    variables.put(ActionProcess.ACTION_TEXT.getName(), text);
    variables.put(ActionProcess.DIMENSION_LABEL.getName(), model.label(dimension));
    variables.putAll(ownerVariables(owner));
    variables.putAll(dueVariables(due));
    variables.put(ActionProcess.LATEST_NOTE.getName(), "none yet");
    variables.put(ActionProcess.OWNER_OPTIONS, FormJson.of(owners.options(reference)));
    String instance = engine.getRuntimeService().startProcessInstanceByKey(ActionProcess.KEY, reference, variables).getId();
    actions.startedAs(id, instance);
    return id;
  }

  /** The variables that say who owns the action: a person's own task, or an organisation's group task. */
  static Map<String, Object> ownerVariables(ActionOwner owner) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(ActionProcess.OWNER_USER.getName(), owner.user());
    variables.put(ActionProcess.OWNER_GROUPS.getName(), owner.group() == null ? List.of() : List.of(owner.group()));
    variables.put(ActionProcess.OWNER_USERS.getName(), owner.user() == null ? List.of() : List.of(owner.user()));
    variables.put(ActionProcess.OWNER_NAME.getName(), owner.name());
    return variables;
  }

  static Map<String, Object> dueVariables(LocalDate due) {
    Map<String, Object> variables = new LinkedHashMap<>();
    // due at the end of its day
    variables.put(ActionProcess.DUE_DATE.getName(), Date.from(due.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
        .minusSeconds(1)));
    variables.put(ActionProcess.DUE_LABEL.getName(), DAY.format(due));
    return variables;
  }

  /**
   * "You said, we did": every action agreed at an earlier review that is still someone's work, or
   * whose state changed since the last review opened; rows for a table of the health assessment.
   */
  List<Map<String, Object>> sinceLastReview(String reference, Review previous) {
    List<Map<String, Object>> rows = new ArrayList<>();
    if (previous == null) {
      return rows;
    }
    for (ImprovementAction action : actions.ofAlliance(reference)) {
      boolean changed = action.updatedAt() != null && action.updatedAt().isAfter(previous.openedAt());
      if (action.status().pending() || changed) {
        rows.add(row(action));
      }
    }
    return rows;
  }

  /** The actions still someone's work, for the improvement plan that starts from them. */
  List<ImprovementAction> pending(String reference) {
    return actions.ofAlliance(reference).stream().filter(a -> a.status().pending()).toList();
  }

  Map<String, Object> row(ImprovementAction action) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("action", action.actionText());
    row.put("dimension", model.label(action.dimension()));
    row.put("owner", action.ownerName());
    row.put("due", DAY.format(action.dueDate()) + (action.overdue() ? " (overdue)" : ""));
    row.put("status", words(action.status()));
    row.put("note", action.latestNote() == null ? "" : action.latestNote());
    return row;
  }

  static String words(ActionStatus status) {
    return switch (status) {
      case OPEN -> "In progress";
      case DONE -> "Done";
      case BLOCKED -> "Blocked";
      case DROPPED -> "Dropped";
      case CLOSED_AT_DISSOLUTION -> "Closed with the alliance";
    };
  }
}
