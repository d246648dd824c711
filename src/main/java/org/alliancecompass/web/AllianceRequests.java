package org.alliancecompass.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.alliancecompass.command.ActionCommands;
import org.alliancecompass.command.AllianceCommands;
import org.alliancecompass.command.Command;
import org.alliancecompass.command.CommandRefused;
import org.alliancecompass.identity.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the alliance page for the product's commands: the same {@link AllianceCommands}
 * as the JSON API, from a form with the page's CSRF token; the answer is shown on the page.
 */
@Controller
class AllianceRequests {

  static final String NOTICE = "notice";
  static final String PROBLEM = "problem";

  private final AllianceCommands commands;
  private final ActionCommands actions;

  AllianceRequests(AllianceCommands commands, ActionCommands actions) {
    this.commands = commands;
    this.actions = actions;
  }

  @PostMapping("/alliances/{reference}/improvement-actions/{action}/notes")
  String actionNote(@PathVariable String reference, @PathVariable long action,
      @RequestParam(required = false) String note, @RequestParam(required = false) String evidenceLink,
      Authentication authentication, RedirectAttributes page) {
    return run(reference, page, "Add a note", "#actions", () ->
        actions.addNote(Person.of(authentication), reference, action, note, evidenceLink), "Your note is added.");
  }

  @PostMapping("/alliances/{reference}/improvement-actions/{action}/evidence")
  String actionEvidence(@PathVariable String reference, @PathVariable long action,
      @RequestParam(required = false) MultipartFile file, Authentication authentication, RedirectAttributes page) {
    return run(reference, page, "Add a file", "#actions", () ->
        actions.addEvidence(Person.of(authentication), reference, action, file == null ? null : file.getOriginalFilename(),
            file == null ? null : bytes(file)), "The file is kept with the action.");
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @PostMapping("/alliances/{reference}/ad-hoc-review")
  String adHocReview(@PathVariable String reference, @RequestParam(required = false) String reason,
      Authentication authentication, RedirectAttributes page) {
    return run(reference, page, Command.AD_HOC_REVIEW.label(), "#requests", () ->
        commands.requestAdHocReview(Person.of(authentication), reference, reason),
        "An ad hoc review has started: every partner has a health assessment in Tasklist.");
  }

  @PostMapping("/alliances/{reference}/variation")
  String variation(@PathVariable String reference, @RequestParam(required = false) String reason,
      Authentication authentication, RedirectAttributes page) {
    return run(reference, page, Command.AGREEMENT_VARIATION.label(), "#requests", () ->
        commands.requestVariation(Person.of(authentication), reference, reason),
        "The variation has started: its draft, prefilled with the terms in force, waits for the managers in Tasklist.");
  }

  @PostMapping("/alliances/{reference}/accession")
  String accession(@PathVariable String reference, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String partner, Authentication authentication, RedirectAttributes page) {
    return run(reference, page, Command.PARTNER_ACCESSION.label(), "#requests", () ->
        commands.requestAccession(Person.of(authentication), reference, partner, reason),
        "The organisation is asked to assess its fit in Tasklist; if it is willing, the partners decide.");
  }

  @PostMapping("/alliances/{reference}/exit")
  String exit(@PathVariable String reference, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String partner, Authentication authentication, RedirectAttributes page) {
    return run(reference, page, Command.PARTNER_EXIT.label(), "#requests", () ->
        commands.requestExit(Person.of(authentication), reference, partner, reason),
        "The exit has started: its obligations wait for the managers in Tasklist.");
  }

  @PostMapping("/alliances/{reference}/dissolution-request")
  String dissolutionRequest(@PathVariable String reference, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String partner, Authentication authentication, RedirectAttributes page) {
    return run(reference, page, Command.DISSOLUTION_REQUEST.label(), "#requests", () ->
        commands.requestDissolution(Person.of(authentication), reference, partner, reason),
        "Your request is put to the partners: each partner organisation votes in Tasklist.");
  }

  private static String run(String reference, RedirectAttributes page, String what, String anchor, Runnable request,
      String done) {
    try {
      request.run();
      page.addFlashAttribute(NOTICE, done);
    } catch (CommandRefused refused) {
      if (refused.status() == 404) {
        throw new org.springframework.web.server.ResponseStatusException(
            org.springframework.http.HttpStatus.NOT_FOUND, refused.getMessage());
      }
      page.addFlashAttribute(PROBLEM, what + ": " + refused.getMessage());
    }
    return "redirect:/alliances/" + reference + anchor;
  }
}
