package org.alliancecompass.alliance;

import static org.alliancecompass.alliance.LifecycleProcess.ALLIANCE_NAME;
import static org.alliancecompass.alliance.LifecycleProcess.ALLIANCE_REFERENCE;
import static org.alliancecompass.alliance.LifecycleProcess.ALLIANCE_TYPE;
import static org.alliancecompass.alliance.LifecycleProcess.OBJECTIVES;
import static org.alliancecompass.alliance.LifecycleProcess.PROPOSED_BY;
import static org.alliancecompass.alliance.LifecycleProcess.PURPOSE;
import static org.alliancecompass.alliance.LifecycleProcess.REVIEW_CYCLE;

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
    ReviewCycle cycle = cycle(REVIEW_CYCLE.from(execution).getOrNull());
    String reference = reference(execution.getProcessBusinessKey());

    alliances.register(Alliance.proposed(reference, name, type, PURPOSE.from(execution).getOrNull(),
        OBJECTIVES.from(execution).getOrNull(), cycle, PROPOSED_BY.from(execution).getOrNull(),
        execution.getProcessInstanceId()));

    execution.setProcessBusinessKey(reference);
    ALLIANCE_REFERENCE.on(execution).set(reference);
    ALLIANCE_NAME.on(execution).set(name);
    ALLIANCE_TYPE.on(execution).set(type.name());
    REVIEW_CYCLE.on(execution).set(cycle.toString());
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

  static ReviewCycle cycle(String value) {
    if (value == null || value.isBlank()) {
      return ReviewCycle.DEFAULT;
    }
    try {
      return ReviewCycle.parse(value);
    } catch (IllegalArgumentException e) {
      throw SubmittedForm.invalid("reviewCycle", e.getMessage());
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
