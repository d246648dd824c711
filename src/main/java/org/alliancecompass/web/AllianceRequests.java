package org.alliancecompass.web;

import org.alliancecompass.command.AllianceCommands;
import org.alliancecompass.command.Command;
import org.alliancecompass.command.CommandRefused;
import org.alliancecompass.identity.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

  AllianceRequests(AllianceCommands commands) {
    this.commands = commands;
  }

  @PostMapping("/alliances/{reference}/ad-hoc-review")
  String adHocReview(@PathVariable String reference, @RequestParam(required = false) String reason,
      Authentication authentication, RedirectAttributes page) {
    return run(reference, page, Command.AD_HOC_REVIEW, () ->
        commands.requestAdHocReview(Person.of(authentication), reference, reason),
        "An ad hoc review has started: every partner has a health assessment in Tasklist.");
  }

  @PostMapping("/alliances/{reference}/dissolution-request")
  String dissolutionRequest(@PathVariable String reference, @RequestParam(required = false) String reason,
      @RequestParam(required = false) String partner, Authentication authentication, RedirectAttributes page) {
    return run(reference, page, Command.DISSOLUTION_REQUEST, () ->
        commands.requestDissolution(Person.of(authentication), reference, partner, reason),
        "Your request is put to the partners: each partner organisation votes in Tasklist.");
  }

  private static String run(String reference, RedirectAttributes page, Command command, Runnable request,
      String done) {
    try {
      request.run();
      page.addFlashAttribute(NOTICE, done);
    } catch (CommandRefused refused) {
      if (refused.status() == 404) {
        throw new org.springframework.web.server.ResponseStatusException(
            org.springframework.http.HttpStatus.NOT_FOUND, refused.getMessage());
      }
      page.addFlashAttribute(PROBLEM, command.label() + ": " + refused.getMessage());
    }
    return "redirect:/alliances/" + reference + "#requests";
  }
}
