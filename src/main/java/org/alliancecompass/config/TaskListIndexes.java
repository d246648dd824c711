package org.alliancecompass.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The index on the engine's task table that Tasklist's task lists need, created once the engine
 * has created or updated its own tables. The shared filters list tasks by due date, then newest
 * first ({@code order by DUE_DATE_ asc, CREATE_TIME_ desc}); with this index the database reads
 * the tasks in that order and stops at the end of the page, instead of reading and sorting every
 * open task of the installation (on H2, which keeps Camunda's outer joins in their written order,
 * 450 rows read instead of 15,000 for a page of 15 at 15,000 open tasks; see docs/performance.md).
 * Both databases take the same statement; when two nodes start at once and one loses the race,
 * the index is there all the same.
 */
@Component
class TaskListIndexes extends AbstractProcessEnginePlugin {

  static final String INDEX = "ALC_IDX_TASK_DUE_CREATED";
  static final String DDL = "create index if not exists " + INDEX + " on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_ desc)";
  private static final Logger LOG = LoggerFactory.getLogger(TaskListIndexes.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DataSource dataSource = engine.getProcessEngineConfiguration().getDataSource();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try {
        statement.execute(DDL);
      } catch (SQLException e) {
        if (!exists(connection)) {
          throw e;
        }
        LOG.info("{} was created by another node meanwhile", INDEX);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      LOG.warn("Could not create the task list index {} ({}): Tasklist works, more slowly with many open tasks",
          INDEX, e.getMessage());
    }
  }

  private static boolean exists(Connection connection) throws SQLException {
    for (String table : new String[] {"ACT_RU_TASK", "act_ru_task"}) {
      try (ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, table, false, true)) {
        while (indexes.next()) {
          if (INDEX.equalsIgnoreCase(String.valueOf(indexes.getString("INDEX_NAME")).toUpperCase(Locale.ROOT))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
