package org.alliancecompass.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.decision.DecisionStage;
import org.alliancecompass.governance.DecisionTopic;
import org.alliancecompass.governance.PartnerDecisions;
import org.alliancecompass.identity.Organisation;
import org.alliancecompass.identity.PartnerRegistry;
import org.alliancecompass.identity.Person;
import org.alliancecompass.taskform.ConflictingRequest;
import org.alliancecompass.taskform.FormRules;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The product's commands: what people legitimately ask of an alliance outside a task, checked here
 * (who may, in which state, with what) and run by the product. The engine's own API is closed to
 * these requests for everyone but administrators; a command sends the engine the lifecycle's
 * message itself, as the person who asked (Camunda's history and operation log name them), and
 * puts the request in the decision register.
 */
@Component
public class AllianceCommands {

  /** A command the person may use on an alliance, and whether its state allows it now (with why not). */
  public record Availability(Command command, boolean allowed, String reason, List<Organisation> onBehalfOf) {
  }

  static final int MAX_REASON = FormRules.MAX_TEXT_LENGTH / 2;

  private final Alliances alliances;
  private final PartnerDecisions decisions;
  private final PartnerRegistry registry;
  private final DecisionRegister register;
  private final ProcessEngine engine;

  AllianceCommands(Alliances alliances, PartnerDecisions decisions, PartnerRegistry registry, DecisionRegister register,
      ProcessEngine engine) {
    this.alliances = alliances;
    this.decisions = decisions;
    this.registry = registry;
    this.register = register;
    this.engine = engine;
  }

  /**
   * Proposes an alliance with the values of the lifecycle's start form, whose rules apply as in
   * Tasklist; returns the new alliance's reference.
   */
  public String propose(Person person, Map<String, Object> startForm) {
    if (!person.manager()) {
      throw CommandRefused.forbidden("Only alliance managers propose alliances");
    }
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(LifecycleProcess.KEY).latestVersion().singleResult().getId();
    FormService forms = engine.getFormService();
    ProcessInstance started = as(person, () -> forms.submitStartForm(definitionId, new LinkedHashMap<>(startForm)));
    return started.getBusinessKey();
  }

  /** Asks for a review of the alliance now, outside its review cycle. */
  public void requestAdHocReview(Person person, String reference, String reason) {
    Alliance alliance = allowed(person, reference, Command.AD_HOC_REVIEW,
        "Ad hoc reviews are asked for by alliance managers and the leadership team");
    String why = reason(reason, Command.AD_HOC_REVIEW.reasonRequired());
    correlate(person, reference, LifecycleProcess.MESSAGE_AD_HOC_REVIEW, Variables.createVariables(),
        "An ad hoc review can be asked for while the alliance is active");
    register.record(reference, DecisionStage.REVIEW, "Ad hoc review requested", "REQUEST", person.user(),
        roleOf(person), why, alliance.processInstanceId(), null);
  }

  /**
   * Proposes a variation of the agreement while the alliance runs: the manager drafts the changed
   * terms in Tasklist, then the agreement's own steps (legal review when formal, every partner's
   * signature, the leadership team's approval) bring the new version into force.
   */
  public void requestVariation(Person person, String reference, String reason) {
    Alliance alliance = allowed(person, reference, Command.AGREEMENT_VARIATION,
        "A variation of the agreement is proposed by alliance managers and the leadership team");
    String why = reason(reason, Command.AGREEMENT_VARIATION.reasonRequired());
    correlate(person, reference, LifecycleProcess.MESSAGE_VARIATION,
        Variables.createVariables().putValue(LifecycleProcess.VARIATION_REASON.getName(), why),
        "The agreement can be varied while the alliance is active");
    register.record(reference, DecisionStage.AGREEMENT, "Agreement variation proposed", "REQUEST", person.user(),
        roleOf(person), why, alliance.processInstanceId(), null);
  }

  /**
   * Asks the partners to decide whether to dissolve the alliance: a manager or the leadership team
   * for the alliance, a partner's representative for their own organisation.
   *
   * @param organisation the partner organisation the request is made for; needed only from a
   *     representative of more than one
   */
  public void requestDissolution(Person person, String reference, String organisation, String reason) {
    Alliance alliance = visible(person, reference);
    Availability availability = availability(person, alliance, Command.DISSOLUTION_REQUEST)
        .orElseThrow(() -> CommandRefused.forbidden("A dissolution is asked for by alliance managers, the leadership "
            + "team, or a partner organisation of the alliance"));
    String onBehalfOf = onBehalfOf(person, availability, organisation);
    requireAllowed(availability);
    String why = reason(reason, Command.DISSOLUTION_REQUEST.reasonRequired());
    VariableMap variables = Variables.createVariables()
        .putValue(LifecycleProcess.DISSOLUTION_REASON.getName(), why)
        .putValue(LifecycleProcess.DISSOLUTION_REQUESTED_BY.getName(), nameOf(person.user()) + " for " + onBehalfOf);
    correlate(person, reference, LifecycleProcess.MESSAGE_DISSOLUTION, variables,
        "The alliance cannot be asked to dissolve now");
  }

  /** The commands this person may use on the alliance, each with whether its state allows it now. */
  public List<Availability> available(Person person, String reference) {
    Alliance alliance = visible(person, reference);
    List<Availability> available = new ArrayList<>();
    for (Command command : Command.values()) {
      availability(person, alliance, command).ifPresent(available::add);
    }
    return available;
  }

  private Optional<Availability> availability(Person person, Alliance alliance, Command command) {
    AllianceStatus status = alliance.status();
    return switch (command) {
      case AD_HOC_REVIEW -> person.manager() || person.board()
          ? Optional.of(new Availability(command, status == AllianceStatus.ACTIVE,
              status == AllianceStatus.UNDER_REVIEW ? "A review is under way; another can start once it has closed"
                  : status == AllianceStatus.ACTIVE ? null : "Reviews start once the alliance is active", List.of()))
          : Optional.empty();
      case AGREEMENT_VARIATION -> {
        if (!person.manager() && !person.board()) {
          yield Optional.empty();
        }
        boolean running = status == AllianceStatus.ACTIVE || status == AllianceStatus.UNDER_REVIEW;
        boolean underWay = running && variationUnderWay(alliance.reference());
        yield Optional.of(new Availability(command, running && !underWay,
            underWay ? "A variation is under way: its draft, signatures and approval are in Tasklist"
                : running ? null : "The agreement can be varied once the alliance is active, and until it dissolves",
            List.of()));
      }
      case DISSOLUTION_REQUEST -> {
        List<Organisation> partners = alliances.currentPartnerIds(alliance.reference()).stream()
            .filter(person.organisations()::contains).map(id -> registry.find(id).orElse(new Organisation(id, id)))
            .toList();
        if (!person.manager() && !person.board() && partners.isEmpty()) {
          yield Optional.empty();
        }
        boolean ending = status == AllianceStatus.DISSOLVING || status == AllianceStatus.DISSOLVED;
        boolean pending = !ending && decisions.pending(alliance.reference(), DecisionTopic.DISSOLUTION);
        yield Optional.of(new Availability(command, !ending && !pending,
            ending ? "The alliance is " + (status == AllianceStatus.DISSOLVED ? "dissolved" : "being dissolved")
                : pending ? "The partners are deciding on a request to dissolve it" : null,
            person.manager() || person.board() ? List.of() : partners));
      }
    };
  }

  /** Whether the lifecycle is in a variation: the product's own look, whatever the person may read in the engine. */
  private boolean variationUnderWay(String reference) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> engine.getRuntimeService().createExecutionQuery().processInstanceBusinessKey(reference)
            .activityId(LifecycleProcess.CALL_VARIATION).count() > 0));
  }

  /** The alliance, when the person may use the command on it and its state allows it now; refused otherwise. */
  private Alliance allowed(Person person, String reference, Command command, String whoMay) {
    Alliance alliance = visible(person, reference);
    requireAllowed(availability(person, alliance, command).orElseThrow(() -> CommandRefused.forbidden(whoMay)));
    return alliance;
  }

  private static void requireAllowed(Availability availability) {
    if (!availability.allowed()) {
      throw CommandRefused.conflict(availability.reason());
    }
  }

  /** For whom a dissolution is asked: the alliance's management, or the representative's organisation. */
  private String onBehalfOf(Person person, Availability availability, String organisation) {
    if (organisation == null || organisation.isBlank()) {
      if (person.manager()) {
        return "the alliance managers";
      }
      if (person.board()) {
        return "the alliance leadership team";
      }
      if (availability.onBehalfOf().size() == 1) {
        return availability.onBehalfOf().get(0).name();
      }
      throw CommandRefused.invalid("partner", "name the partner organisation you ask for, one of "
          + availability.onBehalfOf().stream().map(Organisation::id).toList());
    }
    return availability.onBehalfOf().stream().filter(o -> o.id().equals(organisation)).findFirst()
        .map(Organisation::name)
        .orElseThrow(() -> CommandRefused.invalid("partner", "'" + org.alliancecompass.taskform.SafeEcho.of(organisation)
            + "' is not a partner organisation of this alliance that you represent"));
  }

  private Alliance visible(Person person, String reference) {
    return alliances.find(reference)
        .filter(a -> person.staff() || alliances.alliancesOf(person.organisations()).contains(reference))
        .orElseThrow(() -> CommandRefused.notFound(org.alliancecompass.taskform.SafeEcho.of(reference)));
  }

  private static String reason(String reason, boolean required) {
    String text = reason == null ? "" : reason.strip();
    if (required && text.isEmpty()) {
      throw CommandRefused.invalid("reason", "is required: say why, for the partners and the decision register");
    }
    if (text.length() > MAX_REASON) {
      throw CommandRefused.invalid("reason", "must be at most " + MAX_REASON + " characters, got " + text.length());
    }
    return text.isEmpty() ? null : text;
  }

  private static String roleOf(Person person) {
    return person.manager() ? "Alliance manager" : person.board() ? "Alliance leadership team" : null;
  }

  private String nameOf(String userId) {
    User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  /**
   * Sends the lifecycle its message as the person, past the engine's authorizations (which keep
   * everyone but administrators from sending messages themselves): the product has checked the request.
   */
  private void correlate(Person person, String reference, String message, VariableMap variables, String notNow) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try {
      as(person, () -> configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
          () -> engine.getRuntimeService().createMessageCorrelation(message).processInstanceBusinessKey(reference)
              .setVariables(variables).correlateWithResult())));
    } catch (MismatchingMessageCorrelationException e) {
      throw CommandRefused.conflict(notNow);
    } catch (ConflictingRequest e) {
      throw CommandRefused.conflict(e.getMessage());
    }
  }

  /** Runs as the person, with their groups, and leaves the thread's authentication as it found it. */
  private <T> T as(Person person, Supplier<T> work) {
    IdentityService identity = engine.getIdentityService();
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(person.user(), List.copyOf(person.groups()));
    try {
      return work.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }
}
