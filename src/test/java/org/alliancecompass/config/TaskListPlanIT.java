package org.alliancecompass.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.alliancecompass.support.InProcessApplication;
import org.alliancecompass.support.Rest;
import org.alliancecompass.support.StatementCounter;
import org.alliancecompass.support.TasklistClient;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task list Tasklist loads for a partner representative, as the database runs it: the
 * statement the engine sends for the shared filter "My group tasks", explained by H2 with the
 * same parameters. Its cost must not grow with every open task of the installation: the tasks
 * are read through {@link TaskListIndexes#INDEX} in the list's order, up to the page's end.
 */
@DisplayName("Tasklist's task list reads the tasks in the list's order, not every open task")
class TaskListPlanIT extends InProcessApplication {

  private final StatementCounter statements;
  private final JdbcClient jdbc;
  private final FilterService filters;

  TaskListPlanIT(@LocalServerPort int port, StatementCounter statements, JdbcClient jdbc, FilterService filters) {
    super(port);
    this.statements = statements;
    this.jdbc = jdbc;
    this.filters = filters;
  }

  @Test
  @DisplayName("a representative's 'My group tasks', newest first, 15 a page: read in index order, no tenant clause")
  void filterListReadsInIndexOrder() {
    // given
    String filter = filters.createFilterQuery().filterName("My group tasks").singleResult().getId();
    Rest nora = new TasklistClient(baseUrl()).as("nora").accepting("application/hal+json");

    // when Tasklist's own request runs
    StatementCounter.Recorded<Rest.Response> recorded = statements.record(() -> nora.post("/engine-rest/filter/"
        + filter + "/list?firstResult=0&maxResults=15", Map.of("active", true,
            "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")))));

    // then
    assertThat(recorded.answer().status()).as(recorded.answer().toString()).isEqualTo(200);
    assertThat(recorded.answer().json().path("_embedded").path("task").size()).as("nora's tasks").isPositive();
    StatementCounter.Executed list = recorded.statements().stream()
        .filter(statement -> statement.sql().startsWith("select distinct RES.REV_")
            && statement.sql().contains("from ACT_RU_TASK RES"))
        .findFirst().orElseThrow(() -> new AssertionError("no task query among " + recorded.statements()));
    assertThat(list.sql()).as("the product uses no tenants").doesNotContain("TENANT_ID_ is null")
        .contains("order by RES.DUE_DATE_ asc, RES.CREATE_TIME_ desc");
    String plan = jdbc.sql("explain " + list.sql()).params(list.parameters()).query(String.class).single();
    assertThat(plan).as(plan).contains(TaskListIndexes.INDEX).contains("index sorted")
        .doesNotContain("ACT_RU_TASK.tableScan");
  }
}
