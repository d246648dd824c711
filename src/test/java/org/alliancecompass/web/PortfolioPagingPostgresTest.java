package org.alliancecompass.web;

import org.alliancecompass.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same equivalence as {@link PortfolioPagingTest}, on PostgreSQL: the portfolio's SQL runs on both databases. */
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class PortfolioPagingPostgresTest extends PortfolioPagingTest {

  private static final String PASSWORD = "Portfolio-Paging-2026!";
  private static EmbeddedPostgresDatabase postgres;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    postgres = EmbeddedPostgresDatabase.start();
    String url = postgres.createDatabase("portfolio", "portfolio", PASSWORD);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.username", () -> "portfolio");
    registry.add("spring.datasource.password", () -> PASSWORD);
  }

  @AfterAll
  static void stop() {
    postgres.close();
  }
}
