package org.alliancecompass.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.decision.DecisionRegister;
import org.alliancecompass.command.ActionCommands;
import org.alliancecompass.command.AllianceCommands;
import org.alliancecompass.review.ImprovementAction;
import org.alliancecompass.review.Reviews;
import org.alliancecompass.health.HealthModel;
import org.alliancecompass.identity.Person;
import org.alliancecompass.review.ReviewSettings;
import org.alliancecompass.web.AllianceAccess.Viewer;
import org.alliancecompass.web.AllianceViews.AllianceDetail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dashboard: the portfolio (the home page after sign-in) and one alliance's page. Both are
 * rendered on the server; the charts are drawn by Chart.js from data in the page.
 */
@Controller
class DashboardController {

  private static final int RECENT_DECISIONS = 8;

  private final AllianceAccess access;
  private final AllianceViews views;
  private final PortfolioRepository portfolio;
  private final DecisionRegister decisions;
  private final ReviewSettings settings;
  private final ObjectMapper json;
  private final HealthModel health;
  private final AllianceCommands commands;
  private final WorkInFlight inFlight;

  DashboardController(AllianceAccess access, AllianceViews views, PortfolioRepository portfolio,
      DecisionRegister decisions, ReviewSettings settings, ObjectMapper json, HealthModel health,
      AllianceCommands commands, WorkInFlight inFlight) {
    this.inFlight = inFlight;
    this.access = access;
    this.views = views;
    this.portfolio = portfolio;
    this.decisions = decisions;
    this.settings = settings;
    this.json = json;
    this.health = health;
    this.commands = commands;
  }

  @GetMapping("/")
  String portfolio(@ModelAttribute("query") PortfolioQuery query, Authentication authentication, Model model) {
    Viewer viewer = access.viewer(authentication);
    PortfolioPage page = portfolio.page(viewer, query.validated());
    List<Decision> latest = viewer.staff() ? decisions.latest(RECENT_DECISIONS, viewer.reader())
        : decisions.latest(access.alliancesOf(viewer), RECENT_DECISIONS, viewer.reader());
    model.addAttribute("viewer", viewer);
    model.addAttribute("myWork", inFlight.of(Person.of(authentication)));
    model.addAttribute("summary", portfolio.summary(viewer));
    model.addAttribute("rows", page.rows());
    model.addAttribute("page", page);
    model.addAttribute("names", portfolio.names(latest.stream().map(Decision::allianceReference).collect(Collectors.toSet())));
    model.addAttribute("decisions", latest);
    model.addAttribute("outcomes", PortfolioQuery.OUTCOMES);
    model.addAttribute("statuses", Arrays.stream(AllianceStatus.values()).map(Enum::name).toList());
    model.addAttribute("types", Arrays.stream(AllianceType.values()).map(Enum::name).toList());
    model.addAttribute("gapThreshold", settings.gate().perceptionGapAbove());
    return "portfolio";
  }

  @GetMapping("/alliances/{reference}")
  String alliance(@PathVariable String reference, Authentication authentication, Model model)
      throws JsonProcessingException {
    Viewer viewer = access.viewer(authentication);
    AllianceDetail alliance = views.detail(viewer, reference);
    model.addAttribute("viewer", viewer);
    model.addAttribute("a", alliance);
    model.addAttribute("latest", AllianceCharts.latestClosed(alliance).orElse(null));
    model.addAttribute("healthChart", chartJson(AllianceCharts.healthOverTime(alliance, health)));
    model.addAttribute("partnerChart", chartJson(AllianceCharts.partnerPerceptions(alliance, health)));
    List<String> kpiCharts = new ArrayList<>();
    for (AllianceCharts.Chart chart : AllianceCharts.kpis(alliance)) {
      kpiCharts.add(json.writeValueAsString(chart));
    }
    model.addAttribute("kpiCharts", kpiCharts);
    model.addAttribute("gapThreshold", settings.gate().perceptionGapAbove());
    model.addAttribute("anonymityMinimum", settings.minimumRespondentsShown());
    model.addAttribute("work", inFlight.ofAlliance(viewer, Person.of(authentication), reference));
    model.addAttribute("partnerNames", alliance.partners().stream().collect(Collectors.toMap(
        AllianceViews.PartnerView::organisationId, AllianceViews.PartnerView::organisation, (a, b) -> a)));
    model.addAttribute("dimensions", health.dimensions());
    model.addAttribute("commands", commands.available(Person.of(authentication), reference));
    Person person = Person.of(authentication);
    model.addAttribute("updatable", alliance.improvementActions().stream()
        .filter(action -> ActionCommands.mayUpdate(person, action)).map(ImprovementAction::id)
        .collect(Collectors.toSet()));
    model.addAttribute("actionProgress", Reviews.progress(alliance.improvementActions()));
    return "alliance";
  }

  private String chartJson(Optional<AllianceCharts.Chart> chart) throws JsonProcessingException {
    return chart.isPresent() ? json.writeValueAsString(chart.get()) : null;
  }
}
