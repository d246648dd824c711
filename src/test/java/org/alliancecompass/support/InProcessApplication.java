package org.alliancecompass.support;

import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.TestConstructor.AutowireMode;

/**
 * The base of every test that runs the whole application inside the test JVM: the embedded
 * default (demo profile, H2 file database) on a random port, with its data folder in a fresh
 * folder under {@code target/}.
 *
 * <p>Extend it and add nothing that changes the context (no {@code @MockitoBean}, no extra
 * properties or profiles): every subclass then shares one Spring context. That is not only about
 * speed. Camunda's webapps and REST API look the engine up by its name, {@code default},
 * statically, so two live application contexts in one JVM would answer each other's requests.
 * Other configurations (the postgres profile, restarts, several nodes) run as separate processes
 * through {@link AppProcess}.
 *
 * <p>Constructor parameters of subclasses are autowired, e.g. {@code (@LocalServerPort int port,
 * TaskService tasks)}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(StatementCounter.class)
@ActiveProfiles("demo")
@TestConstructor(autowireMode = AutowireMode.ALL)
public abstract class InProcessApplication {

  /** Once per JVM, so that the context the subclasses share has one database. */
  private static final Path DATA_DIR = TestFolders.fresh("in-process-data");

  private final String baseUrl;

  protected InProcessApplication(int port) {
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("alliance.data-dir", DATA_DIR::toString);
  }

  /** The application's base URL, without a trailing slash. */
  protected String baseUrl() {
    return baseUrl;
  }

  /** Anonymous calls; {@code rest().as("mia", "mia")} for a demo user. */
  protected Rest rest() {
    return Rest.to(baseUrl);
  }
}
