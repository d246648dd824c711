package org.alliancecompass.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.alliancecompass.alliance.Alliance;
import org.alliancecompass.alliance.AllianceStatus;
import org.alliancecompass.alliance.AllianceType;
import org.alliancecompass.alliance.Alliances;
import org.alliancecompass.alliance.Partner;
import org.alliancecompass.alliance.PartnerStatus;
import org.alliancecompass.alliance.ReviewCycle;
import org.alliancecompass.identity.Groups;
import org.alliancecompass.support.TestFolders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's controllers (the portfolio page, the JSON API, the CSV) as a slice: the web
 * module bootstrapped by Spring Modulith with only the modules it depends on (no demo data, no
 * commands' pages of other modules, no webapps, no job executor), on an H2 file of its own, and
 * requests sent through MockMvc as a signed-in user. The alliances are registered through the
 * alliance module's API, as the simulation registers them. What it holds: the controllers page,
 * refuse bad parameters by naming them, and restrict a partner representative to their
 * organisations' alliances, with nothing of the rest of the application in the way.
 *
 * <p>Its engine has a name of its own and no webapps or REST API, so it never answers for the
 * engine of another test's context in the same JVM.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardSliceTest {

  private static final Path DATA_DIR = TestFolders.fresh("dashboard-slice-data");
  private static final int ALLIANCES = 57;
  private static final String ORGANISATION = "slice-org-2";

  @Autowired MockMvc mvc;
  @Autowired Alliances alliances;
  @Autowired PortfolioStanding standing;
  @Autowired TransactionTemplate transactions;

  @DynamicPropertySource
  static void slice(DynamicPropertyRegistry registry) {
    registry.add("alliance.data-dir", DATA_DIR::toString);
    registry.add("alliance.admin.password", () -> "slice-only-" + System.nanoTime());
    registry.add("camunda.bpm.process-engine-name", () -> "dashboard-slice");
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
    registry.add("spring.autoconfigure.exclude",
        () -> "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
  }

  /** 57 active alliances, each with three of five organisations, the second in 34 of them. */
  @BeforeAll
  void portfolio() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    transactions.executeWithoutResult(tx -> {
      for (int i = 0; i < ALLIANCES; i++) {
        String reference = String.format("ALL-2026-%04d", 9000 + i);
        alliances.register(new Alliance(reference, "Slice alliance " + (i + 1), AllianceType.STRATEGIC_ALLIANCE,
            "Slice", "Slice", ReviewCycle.DEFAULT.toString(), AllianceStatus.ACTIVE, "slice", now, now, null,
            now.plusDays(30 + i), null));
        for (int p = 0; p < 3; p++) {
          String organisation = "slice-org-" + ((i + p) % 5);
          alliances.addPartner(new Partner(reference, organisation, organisation, PartnerStatus.ACTIVE, null, null,
              100.0 / 3, "Slice commitment", now, null));
        }
      }
    });
    standing.rebuild();
  }

  private static RequestPostProcessor manager() {
    return user("slice-manager").authorities(new SimpleGrantedAuthority(Groups.MANAGERS));
  }

  private static RequestPostProcessor representative() {
    return user("slice-rep").authorities(new SimpleGrantedAuthority(ORGANISATION));
  }

  @Test
  @DisplayName("The portfolio page shows its first 50 alliances and links to the second page, which holds the rest")
  void portfolioPages() throws Exception {
    mvc.perform(get("/").with(manager()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Slice alliance 1<")))
        .andExpect(content().string(containsString("page=2")));
    mvc.perform(get("/api/alliances?page=2&sort=name").with(manager()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paging.total").value(ALLIANCES))
        .andExpect(jsonPath("$.alliances.length()").value(ALLIANCES - PortfolioQuery.DEFAULT_SIZE));
  }

  @Test
  @DisplayName("A page size above the maximum, an unknown sort column or a page that is not a number is refused with 400 naming the parameter")
  void badParametersAreNamed() throws Exception {
    mvc.perform(get("/api/alliances?size=100000").with(manager()))
        .andExpect(status().isBadRequest()).andExpect(status().reason(containsString("'size'")));
    mvc.perform(get("/api/alliances?sort=password").with(manager()))
        .andExpect(status().isBadRequest()).andExpect(status().reason(containsString("'sort'")));
    mvc.perform(get("/?page=two").with(manager()))
        .andExpect(status().isBadRequest()).andExpect(status().reason(containsString("'page'")));
    mvc.perform(get("/api/alliances.csv?outcome=SPLENDID").with(manager()))
        .andExpect(status().isBadRequest()).andExpect(status().reason(containsString("'outcome'")));
  }

  @Test
  @DisplayName("A partner representative's portfolio, JSON and CSV hold only their organisation's alliances; their own alliance's page opens, another's does not exist")
  void representativeSeesOwnAlliances() throws Exception {
    long theirs = alliances.alliancesOf(List.of(ORGANISATION)).size();
    assertThat(theirs).as("alliances of %s", ORGANISATION).isBetween(1L, ALLIANCES - 1L);
    mvc.perform(get("/api/alliances?size=200").with(representative()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paging.total").value((int) theirs));
    String csv = mvc.perform(get("/api/alliances.csv").with(representative()))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andReturn().getResponse().getContentAsString();
    assertThat(csv.lines().skip(1).count()).as("CSV rows").isEqualTo(theirs);
    String other = alliances.findAll().stream().map(Alliance::reference)
        .filter(reference -> !alliances.alliancesOf(List.of(ORGANISATION)).contains(reference)).findFirst().orElseThrow();
    Alliance own = alliances.find(alliances.alliancesOf(List.of(ORGANISATION)).iterator().next()).orElseThrow();
    mvc.perform(get("/alliances/" + own.reference()).with(representative()))
        .andExpect(status().isOk()).andExpect(content().string(containsString(own.name())));
    mvc.perform(get("/api/alliances/" + own.reference() + "/reviews").with(representative()))
        .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
    mvc.perform(get("/api/alliances/" + other).with(representative())).andExpect(status().isNotFound());
    mvc.perform(get("/alliances/" + other).with(representative()))
        .andExpect(status().isNotFound()).andExpect(content().string(not(containsString("Slice commitment"))));
  }
}
