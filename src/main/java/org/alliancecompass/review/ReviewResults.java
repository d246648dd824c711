package org.alliancecompass.review;

import org.alliancecompass.health.Dimension;
import org.alliancecompass.health.HealthModel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * Hands a review's score of each dimension of the health model ({@code trustScore},
 * {@code decisionMakingScore}, ...: contract variables) back to the alliance's lifecycle, whatever
 * the dimensions are; the model lists the other results with {@code camunda:out}. Variable
 * mapping of {@code Call_ScheduledReview} and {@code Call_AdHocReview} in {@code alliance-lifecycle}.
 */
@Component("reviewResults")
class ReviewResults implements DelegateVariableMapping {

  private final HealthModel model;

  ReviewResults(HealthModel model) {
    this.model = model;
  }

  @Override
  public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
    // the review takes what the model's camunda:in mappings give it
  }

  @Override
  public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
    for (Dimension dimension : model.dimensions()) {
      superExecution.setVariable(dimension.scoreVariable(), subInstance.getVariable(dimension.scoreVariable()));
    }
  }
}
