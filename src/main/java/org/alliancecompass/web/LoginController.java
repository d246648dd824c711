package org.alliancecompass.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page of the product: Tasklist, Cockpit, Admin and the dashboard share it. */
@Controller
class LoginController {

  /**
   * After a refused sign-in: an account held back after wrong passwords says so, and for how long
   * (the identity provider's words); any other refusal stays "unknown user or wrong password".
   */
  @GetMapping("/login")
  String login(HttpSession session, Model model) {
    if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LockedException held) {
      model.addAttribute("heldBack", held.getMessage());
    }
    return "login";
  }
}
