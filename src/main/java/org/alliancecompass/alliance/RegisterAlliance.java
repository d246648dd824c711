package org.alliancecompass.alliance;

import static org.alliancecompass.alliance.LifecycleProcess.ALLIANCE_NAME;
import static org.alliancecompass.alliance.LifecycleProcess.ALLIANCE_REFERENCE;
import static org.alliancecompass.alliance.LifecycleProcess.ALLIANCE_TYPE;
import static org.alliancecompass.alliance.LifecycleProcess.OBJECTIVES;
import static org.alliancecompass.alliance.LifecycleProcess.OTHER_REVIEW_CYCLE;
import static org.alliancecompass.alliance.LifecycleProcess.PROPOSED_BY;
import static org.alliancecompass.alliance.LifecycleProcess.PURPOSE;
import static org.alliancecompass.alliance.LifecycleProcess.REVIEW_CYCLE;
import static org.alliancecompass.alliance.LifecycleProcess.REVIEW_CYCLE_CHOICE;

import java.util.regex.Pattern;

import org.alliancecompass.taskform.SubmittedForm;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers a proposed alliance: gives it its reference (the business key of all its processes),
 * applies the defaults of the start variables, and writes it to the alliance table.
 * Used by {@code Task_RegisterAlliance} in {@code alliance-lifecycle}.
 */
@Component("registerAlliance")
class RegisterAlliance implements JavaDelegate {

  private static final Pattern REFERENCE = Pattern.compile("ALL-\\d{4}-\\d{4,}");

  private final Alliances alliances;

  RegisterAlliance(Alliances alliances) {
    this.alliances = alliances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String name = ALLIANCE_NAME.from(execution).getOptional().map(String::trim).filter(n -> !n.isEmpty())
        .orElseThrow(() -> SubmittedForm.invalid("allianceName", "is required (Alliance name)"));
    AllianceType type = type(ALLIANCE_TYPE.from(execution).getOrNull());
    ReviewCycle cycle = cycle(REVIEW_CYCLE_CHOICE.from(execution).getOrNull(),
        REVIEW_CYCLE.from(execution).getOrNull());
    String reference = reference(execution.getProcessBusinessKey());

    alliances.register(Alliance.proposed(reference, name, type, PURPOSE.from(execution).getOrNull(),
        OBJECTIVES.from(execution).getOrNull(), cycle, PROPOSED_BY.from(execution).getOrNull(),
        execution.getProcessInstanceId()));

    execution.setProcessBusinessKey(reference);
    ALLIANCE_REFERENCE.on(execution).set(reference);
    ALLIANCE_NAME.on(execution).set(name);
    ALLIANCE_TYPE.on(execution).set(type.name());
    REVIEW_CYCLE.on(execution).set(cycle.toString());
    // the choice said which cycle; from here on the contract variable alone says it
    REVIEW_CYCLE_CHOICE.on(execution).remove();
  }

  private static AllianceType type(String value) {
    if (value == null || value.isBlank()) {
      return AllianceType.DEFAULT;
    }
    try {
      return AllianceType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw SubmittedForm.invalid("allianceType", "'" + value + "' is not one of JOINT_VENTURE, STRATEGIC_ALLIANCE, "
          + "PROJECT_ALLIANCE, ALLIANCE_CONTRACT");
    }
  }

  /**
   * The review cycle chosen on the start form, or typed there under "Other"; a client that starts the
   * process without the form sends {@code reviewCycle} alone; with neither, the default (quarterly).
   */
  static ReviewCycle cycle(String choice, String value) {
    boolean chosen = choice != null && !choice.isBlank() && !OTHER_REVIEW_CYCLE.equals(choice);
    String period = chosen ? choice : value;
    if (period == null || period.isBlank()) {
      if (OTHER_REVIEW_CYCLE.equals(choice)) {
        // the form shows the field, but cannot require it: a client without the choice may leave it out
        throw SubmittedForm.invalid(REVIEW_CYCLE.getName(),
            "is required when the review cycle is 'Other' (Other review cycle)");
      }
      return ReviewCycle.DEFAULT;
    }
    try {
      return ReviewCycle.parse(period);
    } catch (IllegalArgumentException e) {
      throw SubmittedForm.invalid(chosen ? REVIEW_CYCLE_CHOICE.getName() : REVIEW_CYCLE.getName(), e.getMessage());
    }
  }

  /** The business key given at start, when it is a free reference; a new reference otherwise. */
  private String reference(String businessKey) {
    if (businessKey == null || businessKey.isBlank()) {
      return alliances.nextReference();
    }
    if (!REFERENCE.matcher(businessKey).matches()) {
      throw SubmittedForm.invalid("businessKey", "an alliance reference looks like ALL-2026-0007; leave it out "
          + "and one is given, got '" + businessKey + "'");
    }
    if (alliances.exists(businessKey)) {
      throw SubmittedForm.invalid("businessKey", "alliance " + businessKey + " exists already");
    }
    return businessKey;
  }
}
