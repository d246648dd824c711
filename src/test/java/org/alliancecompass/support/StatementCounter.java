package org.alliancecompass.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements that the application runs on behalf of HTTP requests (Tomcat's
 * request threads, not the job executor's), through a datasource-proxy around the application's
 * DataSource. Part of the context every {@link InProcessApplication} shares, so counting costs no
 * second application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements QueryExecutionListener {

  private final AtomicLong statements = new AtomicLong();
  private final AtomicReference<List<Executed>> recording = new AtomicReference<>();

  @Bean
  static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !name.startsWith("scopedTarget")) {
          return ProxyDataSourceBuilder.create(dataSource).name(name).listener(counter.getObject()).build();
        }
        return bean;
      }
    };
  }

  /** The statements of one request, and its answer. */
  public <T> Counted<T> count(Supplier<T> request) {
    long before = statements.get();
    T answer = request.get();
    return new Counted<>(answer, statements.get() - before);
  }

  public record Counted<T>(T answer, long statements) {
  }

  /** The statements of one request, each with its parameters in order, and its answer. */
  public <T> Recorded<T> record(Supplier<T> request) {
    List<Executed> executed = new CopyOnWriteArrayList<>();
    recording.set(executed);
    try {
      return new Recorded<>(request.get(), List.copyOf(executed));
    } finally {
      recording.set(null);
    }
  }

  public record Recorded<T>(T answer, List<Executed> statements) {
  }

  /** One statement as the application sent it: its SQL (white space collapsed) and its parameters' values, in order. */
  public record Executed(String sql, List<Object> parameters) {
  }

  @Override
  public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    if (Thread.currentThread().getName().contains("-exec-")) {
      statements.addAndGet(Math.max(1, queries.size()));
      List<Executed> executed = recording.get();
      if (executed != null) {
        for (QueryInfo query : queries) {
          List<Object> parameters = new ArrayList<>();
          query.getParametersList().stream().findFirst().ifPresent(set -> set.stream()
              .sorted(Comparator.comparingInt(operation -> ((Number) operation.getArgs()[0]).intValue()))
              .forEach(operation -> parameters.add(operation.getArgs()[1])));
          executed.add(new Executed(query.getQuery().replaceAll("\\s+", " ").strip(), parameters));
        }
      }
    }
  }

  @Override
  public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    // counted before
  }
}
