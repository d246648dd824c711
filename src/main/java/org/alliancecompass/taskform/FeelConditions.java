package org.alliancecompass.taskform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Evaluates the FEEL conditions of a form (for example {@code signatureDecision != "DECLINE"})
 * with the FEEL engine the process engine ships, so that a field the browser hides is not required
 * on the server either. A condition that cannot be evaluated counts as false: the field stays
 * visible and its rules apply.
 */
public final class FeelConditions implements BiPredicate<String, Map<String, Object>> {

  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
  private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

  @Override
  public boolean test(String expression, Map<String, Object> context) {
    ParsedExpression expressionTree = parsed.computeIfAbsent(expression, this::parse);
    if (expressionTree == null) {
      return false;
    }
    EvaluationResult result = feel.evaluate(expressionTree, context);
    return result.isSuccess() && Boolean.TRUE.equals(result.result());
  }

  private ParsedExpression parse(String expression) {
    ParseResult result = feel.parseExpression(expression);
    return result.isSuccess() ? result.parsedExpression() : null;
  }
}
