package org.alliancecompass.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page of the product: Tasklist, Cockpit, Admin and the dashboard share it. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
