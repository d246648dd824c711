package org.alliancecompass.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models ({@code bpmn/}) and forms ({@code forms/}) as one deployment when the
 * engine starts, under resource names that are the same in a jar and in {@code mvn
 * spring-boot:run}, so that switching between the two does not create new versions. Nothing is
 * deployed when nothing changed; when anything changed, all resources are deployed together, as
 * the user tasks find their forms in their own deployment ({@code formRefBinding="deployment"}).
 */
@Component
class ModelDeployment extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "alliance-compass";
  private static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"};
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(false);
    int count = 0;
    for (String pattern : PATTERNS) {
      for (Resource resource : resources(pattern)) {
        String folder = pattern.substring("classpath*:".length(), pattern.indexOf('/') + 1);
        try (InputStream in = resource.getInputStream()) {
          deployment.addString(folder + resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + resource, e);
        }
        count++;
      }
    }
    if (count > 0) {
      String id = deployment.deploy().getId();
      LOG.info("Deployment {} holds the {} models and forms", id, count);
    }
  }

  private static Resource[] resources(String pattern) {
    try {
      return new PathMatchingResourcePatternResolver().getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }
}
