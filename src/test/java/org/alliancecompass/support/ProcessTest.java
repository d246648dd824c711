package org.alliancecompass.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A process test: the application's real engine, models, forms, delegates and tables, without the
 * web layer, on an in-memory database of its own, with no job executor (the test moves timers and
 * asynchronous steps on itself). Flow-node coverage is recorded per test class under
 * {@code target/process-test-coverage/}. All process tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.main.web-application-type=none",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
    "camunda.bpm.process-engine-name=process-tests",
    "camunda.bpm.job-execution.enabled=false",
    // who may do what is tested against the running application; here the process is under test
    "camunda.bpm.authorization.enabled=false",
    "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1",
    "alliance.admin.password=process-tests-admin",
})
@ActiveProfiles("process-test")
@Import({ProcessEngineCoverageConfiguration.class, ProcessScenario.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface ProcessTest {
}
