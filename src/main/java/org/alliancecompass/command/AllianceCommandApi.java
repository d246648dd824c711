package org.alliancecompass.command;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alliancecompass.identity.Person;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The product's commands as a JSON API under {@code /api/alliances}: the same checks as the
 * alliance page's buttons ({@link AllianceCommands}). HTTP Basic with a JSON body, or the browser
 * session with its CSRF token.
 */
@RestController
@RequestMapping(path = "/api/alliances", produces = MediaType.APPLICATION_JSON_VALUE,
    consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Commands", description = "What people ask of an alliance outside a task; each request is checked by the "
    + "product, run by it, and put in the alliance's decision register")
class AllianceCommandApi {

  @Schema(description = "The fields of the alliance proposal form (forms/alliance-proposal.form); its rules apply")
  record Proposal(
      @Schema(description = "The alliance's name", example = "North City Frailty Alliance", requiredMode = Schema.RequiredMode.REQUIRED)
      String allianceName,
      @Schema(description = "JOINT_VENTURE, STRATEGIC_ALLIANCE, PROJECT_ALLIANCE or ALLIANCE_CONTRACT", example = "STRATEGIC_ALLIANCE")
      String allianceType,
      @Schema(description = "What the alliance is for") String purpose,
      @Schema(description = "What it means to achieve") String objectives,
      @Schema(description = "How often it is reviewed: an ISO-8601 period from P7D to P1Y", example = "P3M")
      String reviewCycle) {
  }

  @Schema(description = "Why the request is made, for the people who act on it and the decision register")
  record Request(
      @Schema(description = "Why; required for all but an ad hoc review", example = "The ambulance service has left")
      String reason,
      @Schema(description = "The organisation (its group id in the partner registry) the request names: the one "
          + "to join for an accession, the partner leaving for an exit; for a dissolution request by a representative "
          + "of more than one organisation, the one it is made for", example = "northside-hospital")
      String partner) {
  }

  record Accepted(String reference, String message, String alliance) {
  }

  private final AllianceCommands commands;

  AllianceCommandApi(AllianceCommands commands) {
    this.commands = commands;
  }

  @PostMapping
  @Operation(summary = "Propose an alliance (alliance managers)", description = "Starts the alliance's lifecycle with "
      + "the proposal form's fields, as Tasklist's Start process does; the form's rules apply. Answers with the new "
      + "alliance's reference.")
  @ApiResponse(responseCode = "201", description = "Proposed; the reference and the alliance's page")
  ResponseEntity<Accepted> propose(@RequestBody Proposal proposal, Authentication authentication) {
    Map<String, Object> form = new LinkedHashMap<>();
    put(form, "allianceName", proposal.allianceName());
    put(form, "allianceType", proposal.allianceType());
    put(form, "purpose", proposal.purpose());
    put(form, "objectives", proposal.objectives());
    put(form, "reviewCycle", proposal.reviewCycle());
    String reference = commands.propose(Person.of(authentication), form);
    return ResponseEntity.created(URI.create("/api/alliances/" + reference))
        .body(new Accepted(reference, "Alliance " + reference + " proposed; its partner selection starts in Tasklist",
            "/alliances/" + reference));
  }

  @PostMapping("/{reference}/ad-hoc-review")
  @Operation(summary = "Ask for an ad hoc review now (alliance managers, the leadership team)",
      description = "While the alliance is active and no review is under way: every partner is asked for its health "
          + "assessment now; the next scheduled review moves on a cycle after it.")
  @ApiResponse(responseCode = "202", description = "The review has started")
  ResponseEntity<Accepted> adHocReview(@Parameter(description = "The alliance reference, e.g. ALL-2026-0001")
      @PathVariable String reference, @RequestBody(required = false) Request request, Authentication authentication) {
    commands.requestAdHocReview(Person.of(authentication), reference, request == null ? null : request.reason());
    return ResponseEntity.accepted().body(new Accepted(reference, "An ad hoc review of " + reference + " has started; "
        + "every partner has a health assessment in Tasklist", "/alliances/" + reference));
  }

  @PostMapping("/{reference}/variation")
  @Operation(summary = "Propose a variation of the agreement (alliance managers, the leadership team)",
      description = "While the alliance is active (a review may be under way) and no other variation is: the manager "
          + "drafts the changed terms in Tasklist, prefilled with those in force; a formal agreement goes to legal "
          + "review; every partner organisation signs and the leadership team approves before the new version is in "
          + "force. The manager may withdraw the variation at its draft. The reason is required.")
  @ApiResponse(responseCode = "202", description = "The variation has started; its draft waits in Tasklist")
  ResponseEntity<Accepted> variation(@Parameter(description = "The alliance reference, e.g. ALL-2026-0001")
      @PathVariable String reference, @RequestBody Request request, Authentication authentication) {
    commands.requestVariation(Person.of(authentication), reference, request.reason());
    return ResponseEntity.accepted().body(new Accepted(reference, "A variation of the agreement of " + reference
        + " has started; its draft waits in Tasklist", "/alliances/" + reference));
  }

  @PostMapping("/{reference}/accession")
  @Operation(summary = "Propose an organisation to join the alliance (alliance managers, the leadership team)",
      description = "While the alliance is active and no other change of its agreement is under way: the organisation "
          + "named in `partner` (a group of the partner registry that is not a partner now) assesses its own fit in "
          + "Tasklist as candidates do at selection; if it is willing, each partner organisation votes by the "
          + "agreement's decision rule, with the leadership team's final call on deadlock. An admitted organisation "
          + "signs, with every partner, an agreement version with its commitment and re-balanced shares; once that is "
          + "in force it is a partner and assesses at reviews. The reason is required.")
  @ApiResponse(responseCode = "202", description = "The accession has started; the organisation's fit assessment "
      + "waits in Tasklist")
  ResponseEntity<Accepted> accession(@Parameter(description = "The alliance reference, e.g. ALL-2026-0001")
      @PathVariable String reference, @RequestBody Request request, Authentication authentication) {
    commands.requestAccession(Person.of(authentication), reference, request.partner(), request.reason());
    return ResponseEntity.accepted().body(new Accepted(reference, "The organisation proposed to join " + reference
        + " is asked to assess its fit in Tasklist; if it is willing, the partners decide", "/alliances/" + reference));
  }

  @PostMapping("/{reference}/exit")
  @Operation(summary = "Start a partner's exit (alliance managers, the leadership team, or the partner for its own "
      + "organisation)", description = "While the alliance is active and no other change of its agreement is under "
          + "way: the managers agree the exit obligations of the partner named in `partner` (services and patients, "
          + "data, assets, money) in Tasklist, and it confirms them settled; it has then left, and the partners who "
          + "remain sign an agreement version without it, with re-balanced shares. An alliance left with fewer than "
          + "two partners is dissolved. The reason is required.")
  @ApiResponse(responseCode = "202", description = "The exit has started; its obligations wait for the managers in "
      + "Tasklist")
  ResponseEntity<Accepted> exit(@Parameter(description = "The alliance reference, e.g. ALL-2026-0001")
      @PathVariable String reference, @RequestBody Request request, Authentication authentication) {
    commands.requestExit(Person.of(authentication), reference, request.partner(), request.reason());
    return ResponseEntity.accepted().body(new Accepted(reference, "The exit from " + reference + " has started; its "
        + "obligations wait for the managers in Tasklist", "/alliances/" + reference));
  }

  @PostMapping("/{reference}/dissolution-request")
  @Operation(summary = "Ask the partners to dissolve the alliance (managers, the leadership team, or a partner for "
      + "its own organisation)", description = "Puts the request to the partners: one vote per partner organisation "
          + "by the agreement's decision rule, the leadership team's final call on deadlock. Only a carried decision "
          + "dissolves the alliance; a refused request is recorded and the alliance goes on.")
  @ApiResponse(responseCode = "202", description = "The request is put to the partners")
  ResponseEntity<Accepted> dissolutionRequest(@PathVariable String reference, @RequestBody Request request,
      Authentication authentication) {
    commands.requestDissolution(Person.of(authentication), reference, request.partner(), request.reason());
    return ResponseEntity.accepted().body(new Accepted(reference, "The request to dissolve " + reference + " is put "
        + "to its partners; each partner organisation votes in Tasklist", "/alliances/" + reference));
  }

  private static void put(Map<String, Object> form, String key, String value) {
    if (value != null) {
      form.put(key, value);
    }
  }
}
