package org.alliancecompass.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alliancecompass.agreement.Agreement;
import org.alliancecompass.decision.Decision;
import org.alliancecompass.review.ImprovementAction;
import org.alliancecompass.identity.Person;
import org.alliancecompass.review.Reviews;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.alliancecompass.web.AllianceViews.AllianceDetail;
import org.alliancecompass.web.AllianceViews.PortfolioRow;
import org.alliancecompass.web.AllianceViews.ReviewView;
import org.alliancecompass.web.AllianceViews.Summary;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboard's data as JSON, for reporting tools and other systems: the same sign-in and the
 * same who-sees-what rules as the pages ({@link AllianceAccess}).
 */
@RestController
@RequestMapping(path = "/api/alliances", produces = "application/json")
@Tag(name = "Alliances", description = "The alliance portfolio, reviews and scores, improvement actions and decisions")
class AllianceApi {

  /** The portfolio: a headline over every alliance the user may see, and the page of alliances asked for. */
  record Portfolio(Summary summary, List<PortfolioRow> alliances, Paging paging) {
  }

  /**
   * Where the page stands: the alliances that match in all, this page (from 1) and its size, and
   * links to the first, previous, next and last pages with the same filter and order (previous
   * and next absent at the ends).
   */
  record Paging(long total, int page, int size, int lastPage, Links links) {
  }

  record Links(String self, String first, String previous, String next, String last) {
  }

  private final AllianceAccess access;
  private final AllianceViews views;
  private final PortfolioRepository portfolio;
  private final Reviews reviews;
  private final WorkInFlight inFlight;

  AllianceApi(AllianceAccess access, AllianceViews views, PortfolioRepository portfolio, Reviews reviews,
      WorkInFlight inFlight) {
    this.inFlight = inFlight;
    this.access = access;
    this.views = views;
    this.portfolio = portfolio;
    this.reviews = reviews;
  }

  @GetMapping
  @Operation(summary = "The alliances you may see, with their latest gate outcome, scores and next review",
      description = "Managers, the leadership board and legal see every alliance; a partner representative sees "
          + "the alliances their organisation belongs or belonged to. Filter and sort as on the portfolio page; "
          + "pages of 50 alliances (size: 1 to 200), page counted from 1, a page beyond the last is empty. The "
          + "summary counts every alliance you may see, whatever the filter; paging.total the ones that match.")
  Portfolio alliances(@ParameterObject PortfolioQuery query, Authentication authentication) {
    AllianceAccess.Viewer viewer = access.viewer(authentication);
    PortfolioPage page = portfolio.page(viewer, query.validated());
    String path = "/api/alliances";
    Links links = new Links(query.link(path, page.page()), query.link(path, 1),
        page.hasPrevious() ? query.link(path, Math.min(page.page() - 1, page.lastPage())) : null,
        page.hasNext() ? query.link(path, page.page() + 1) : null, query.link(path, page.lastPage()));
    return new Portfolio(portfolio.summary(viewer), page.rows(),
        new Paging(page.total(), page.page(), page.size(), page.lastPage(), links));
  }

  @GetMapping("/{reference}")
  @Operation(summary = "One alliance: partners, agreement versions, every review with its scores, improvement "
      + "actions, decisions and lessons learned",
      description = "A partner representative sees only their own organisation's per-partner scores and comments. "
          + "An alliance outside your reach answers 404.")
  AllianceDetail alliance(@Parameter(description = "The alliance reference, e.g. ALL-2026-0001") @PathVariable
      String reference, Authentication authentication) {
    return views.detail(access.viewer(authentication), reference);
  }

  @GetMapping("/{reference}/reviews")
  @Operation(summary = "An alliance's reviews, oldest first, with dimension, overall and per-partner scores")
  List<ReviewView> reviews(@PathVariable String reference, Authentication authentication) {
    return views.reviews(access.viewer(authentication), reference);
  }

  @GetMapping("/{reference}/agreements")
  @Operation(summary = "An alliance's agreement versions with each partner's commitment and expected share")
  List<Agreement> agreements(@PathVariable String reference, Authentication authentication) {
    return views.agreements(access.viewer(authentication), reference);
  }

  @GetMapping("/{reference}/kpis")
  @Operation(summary = "An alliance's KPIs (baseline, target, minimum condition of satisfaction) with each review's value")
  List<AllianceViews.KpiView> kpis(@PathVariable String reference, Authentication authentication) {
    return views.kpis(access.viewer(authentication), reference);
  }

  @GetMapping("/{reference}/improvement-actions")
  @Operation(summary = "An alliance's improvement actions with owner, due date and state")
  List<ImprovementAction> improvementActions(@PathVariable String reference, Authentication authentication) {
    return views.improvementActions(access.viewer(authentication), reference);
  }

  @GetMapping(path = "/{reference}/improvement-actions/{action}/evidence/{file}", produces = MediaType.ALL_VALUE)
  @Operation(summary = "Download a file of evidence of an improvement action")
  ResponseEntity<byte[]> evidence(@PathVariable String reference, @PathVariable long action, @PathVariable long file,
      Authentication authentication) {
    access.require(access.viewer(authentication), reference);
    Reviews.EvidenceContent evidence = reviews.improvementAction(reference, action)
        .flatMap(found -> reviews.evidence(found, file))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "Alliance " + reference + " has no such file of evidence"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(evidence.evidence().contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(evidence.evidence().fileName(), StandardCharsets.UTF_8).build().toString())
        .body(evidence.content());
  }

  @GetMapping("/{reference}/work")
  @Operation(summary = "An alliance's work in flight: each open task, whom it waits for, since when, by when, how "
      + "chased (a review's health assessments per organisation, never who); a partner sees their own organisation's")
  List<WorkInFlight.WorkView> work(@PathVariable String reference, Authentication authentication) {
    return inFlight.ofAlliance(access.viewer(authentication), Person.of(authentication), reference);
  }

  @GetMapping("/{reference}/decisions")
  @Operation(summary = "An alliance's decision register: who decided what, when and why")
  List<Decision> decisions(@PathVariable String reference, Authentication authentication) {
    return views.decisions(access.viewer(authentication), reference);
  }
}
