package io.kubemu.junit;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a scenario class: a test class that the extension's tests run through {@link Scenarios#run}
 * (many fail on purpose). Anywhere else (an IDE running the whole package) it is skipped.
 */
@Target(TYPE)
@Retention(RUNTIME)
@ExtendWith(Scenario.OnlyInTestKit.class)
@interface Scenario {

  /** The configuration parameter {@link Scenarios#run} sets. */
  String PARAMETER = "kubemu.test.scenario";

  /** Enables scenario classes only when run by {@link Scenarios#run}. */
  final class OnlyInTestKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run by Scenarios.run")
          : ConditionEvaluationResult.disabled("a scenario: only run by Scenarios.run");
    }
  }
}
