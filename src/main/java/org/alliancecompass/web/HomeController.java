package org.alliancecompass.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The page a user lands on after signing in. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }
}
