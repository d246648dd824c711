package org.alliancecompass.taskform;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms of each deployment, read once and kept: deployments never change, and a task
 * is checked against the very form it was deployed with ({@code formRefBinding="deployment"}).
 * Must be called inside an engine command (a listener, a delegate). One instance serves the
 * engine's {@link FormGuard} and {@link TaskFormFields} in front of the REST API.
 */
@Component
public class DeployedForms {

  private final Map<String, Map<String, FormDefinition>> byDeployment = new ConcurrentHashMap<>();

  /** The form with this id in the deployment of the given process definition. */
  public FormDefinition find(String processDefinitionId, String formId) {
    CommandContext commandContext = Context.getCommandContext();
    String deploymentId = commandContext.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId).getDeploymentId();
    FormDefinition form = byDeployment.computeIfAbsent(deploymentId, id -> load(commandContext, id)).get(formId);
    if (form == null) {
      throw new IllegalStateException("Deployment " + deploymentId + " has no form with id '" + formId + "'");
    }
    return form;
  }

  private static Map<String, FormDefinition> load(CommandContext commandContext, String deploymentId) {
    Map<String, FormDefinition> forms = new HashMap<>();
    for (ResourceEntity resource : commandContext.getResourceManager().findResourcesByDeploymentId(deploymentId)) {
      if (resource.getName().endsWith(".form")) {
        FormDefinition form = FormDefinition.parse(new String(resource.getBytes(), StandardCharsets.UTF_8));
        forms.put(form.id(), form);
      }
    }
    return forms;
  }
}
