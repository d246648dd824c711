package org.alliancecompass.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.LifecycleProcess;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerStatus;
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

  /**
   * A command the person may use on an alliance, whether its state allows it now (with why not),
   * and the organisations its {@code partner} may name: the organisations that may join, the
   * partners that may leave, those a representative asks a dissolution for.
   */
  public record Availability(Command command, boolean allowed, String reason, List<Organisation> partners) {
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
   * Proposes an organisation of the partner registry to join the alliance: it assesses its fit in
   * Tasklist, the partners decide by the agreement's rule, and an admitted organisation signs, with
   * every partner, the agreement version with its commitment.
   */
  public void requestAccession(Person person, String reference, String partner, String reason) {
    Alliance alliance = visible(person, reference);
    Availability availability = availability(person, alliance, Command.PARTNER_ACCESSION).orElseThrow(() ->
        CommandRefused.forbidden("Organisations are proposed to join by alliance managers and the leadership team"));
    requireAllowed(availability);
    Organisation joining = chosen(availability, partner, false, "an organisation of the partner registry that is not a "
        + "partner of this alliance (nor a candidate now)");
    String why = reason(reason, Command.PARTNER_ACCESSION.reasonRequired());
    correlate(person, reference, LifecycleProcess.MESSAGE_ACCESSION, Variables.createVariables()
            .putValue(LifecycleProcess.JOINING_PARTNER.getName(), joining.id())
            .putValue(LifecycleProcess.JOINING_PARTNER_NAME.getName(), joining.name())
            .putValue(LifecycleProcess.ACCESSION_REASON.getName(), why)
            .putValue(LifecycleProcess.MEMBERSHIP_REQUESTED_BY.getName(), requestedBy(person, null)),
        "An organisation can be proposed to join while the alliance is active");
    register.record(reference, DecisionStage.MEMBERSHIP, "Accession of " + joining.name() + " proposed", "REQUEST",
        person.user(), roleOf(person), why, alliance.processInstanceId(), null);
  }

  /**
   * Starts one partner's exit: a manager or the leadership team for any partner, a partner's
   * representative for their own organisation. Its exit obligations are agreed and settled in
   * Tasklist; the partners who remain then sign the agreement version without it.
   */
  public void requestExit(Person person, String reference, String partner, String reason) {
    Alliance alliance = visible(person, reference);
    Availability availability = availability(person, alliance, Command.PARTNER_EXIT).orElseThrow(() ->
        CommandRefused.forbidden("A partner's exit is started by alliance managers, the leadership team, or the "
            + "partner organisation itself"));
    requireAllowed(availability);
    boolean staff = person.manager() || person.board();
    Organisation leaving = chosen(availability, partner, !staff, staff
        ? "a partner organisation of this alliance" : "a partner organisation of this alliance that you represent");
    String why = reason(reason, Command.PARTNER_EXIT.reasonRequired());
    correlate(person, reference, LifecycleProcess.MESSAGE_EXIT, Variables.createVariables()
            .putValue(LifecycleProcess.EXITING_PARTNER.getName(), leaving.id())
            .putValue(LifecycleProcess.EXITING_PARTNER_NAME.getName(), leaving.name())
            .putValue(LifecycleProcess.EXIT_REASON.getName(), why)
            .putValue(LifecycleProcess.MEMBERSHIP_REQUESTED_BY.getName(), requestedBy(person, leaving.name())),
        "A partner's exit can be started while the alliance is active");
    register.record(reference, DecisionStage.MEMBERSHIP, "Exit of " + leaving.name() + " started", "REQUEST",
        person.user(), person.manager() || person.board() ? roleOf(person) : leaving.name(), why,
        alliance.processInstanceId(), null);
  }

  /**
   * The organisation a command names: one of those it may name; when none is named, the only one
   * the person has (a representative of one partner leaving), if that may be taken for granted.
   */
  private static Organisation chosen(Availability availability, String partner, boolean onlyChoiceByDefault,
      String whatItMayName) {
    List<Organisation> choices = availability.partners();
    if (partner == null || partner.isBlank()) {
      if (choices.size() == 1 && onlyChoiceByDefault) {
        return choices.get(0);
      }
      throw CommandRefused.invalid("partner", "is required: name " + whatItMayName + ", one of "
          + choices.stream().map(Organisation::id).toList());
    }
    return choices.stream().filter(o -> o.id().equals(partner.strip())).findFirst()
        .orElseThrow(() -> CommandRefused.invalid("partner", "'" + org.alliancecompass.taskform.SafeEcho.of(partner)
            + "' is not " + whatItMayName));
  }

  /** Who asked, as the partners read it: "Mia Patel for the alliance managers". */
  private String requestedBy(Person person, String organisation) {
    return nameOf(person.user()) + " for " + (person.manager() ? "the alliance managers"
        : person.board() ? "the alliance leadership team" : organisation);
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
      case AGREEMENT_VARIATION -> person.manager() || person.board()
          ? Optional.of(agreementChange(alliance, command, List.of(),
              "The agreement can be varied once the alliance is active, and until it dissolves"))
          : Optional.empty();
      case PARTNER_ACCESSION -> {
        if (!person.manager() && !person.board()) {
          yield Optional.empty();
        }
        Set<String> taking = alliances.withStatus(alliance.reference(), PartnerStatus.CANDIDATE, PartnerStatus.SELECTED,
            PartnerStatus.ACTIVE).stream().map(Partner::organisationId).collect(Collectors.toSet());
        List<Organisation> joinable = registry.organisations().stream().filter(o -> !taking.contains(o.id())).toList();
        Availability change = agreementChange(alliance, command, joinable,
            "An organisation can join once the alliance is active, and until it dissolves");
        yield Optional.of(change.allowed() && joinable.isEmpty()
            ? new Availability(command, false, "Every organisation of the partner registry is a partner already", joinable)
            : change);
      }
      case PARTNER_EXIT -> {
        List<Organisation> partners = alliances.current(alliance.reference()).stream()
            .filter(p -> person.manager() || person.board() || person.organisations().contains(p.organisationId()))
            .map(p -> new Organisation(p.organisationId(), p.organisationName())).toList();
        yield person.manager() || person.board() || !partners.isEmpty()
            ? Optional.of(agreementChange(alliance, command, partners,
                "A partner can leave once the alliance is active; on dissolution every partner leaves"))
            : Optional.empty();
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

  /**
   * A change of the agreement (a variation, a partner joining or leaving) is possible while the
   * alliance is active, one at a time: each ends in a new version every signatory signs.
   */
  private Availability agreementChange(Alliance alliance, Command command, List<Organisation> partners,
      String notRunning) {
    AllianceStatus status = alliance.status();
    boolean running = status == AllianceStatus.ACTIVE || status == AllianceStatus.UNDER_REVIEW;
    boolean underWay = running && agreementChangeUnderWay(alliance.reference());
    return new Availability(command, running && !underWay, underWay ? "A change of the agreement is under way (a "
        + "variation, or a partner joining or leaving): its tasks are in Tasklist; the next can start once it is done"
        : running ? null : notRunning, partners);
  }

  /**
   * Whether the lifecycle is changing its agreement (a variation, an accession, an exit): the
   * product's own look, whatever the person may read in the engine.
   */
  private boolean agreementChangeUnderWay(String reference) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
            .processDefinitionKey(LifecycleProcess.KEY).activityIdIn(LifecycleProcess.AGREEMENT_CHANGES).count() > 0));
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
      if (availability.partners().size() == 1) {
        return availability.partners().get(0).name();
      }
      throw CommandRefused.invalid("partner", "name the partner organisation you ask for, one of "
          + availability.partners().stream().map(Organisation::id).toList());
    }
    return availability.partners().stream().filter(o -> o.id().equals(organisation)).findFirst()
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
