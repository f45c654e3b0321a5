package io.kubemu.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Runs scenario classes in-process with JUnit's EngineTestKit. */
final class Scenarios {
  private Scenarios() {}

  /**
   * {@return the results of running the class on the Jupiter engine}
   *
   * @param parameters configuration parameters as key, value, key, value ...
   */
  static EngineExecutionResults run(Class<?> scenario, String... parameters) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put(Scenario.PARAMETER, "true");
    for (int i = 0; i < parameters.length; i += 2) params.put(parameters[i], parameters[i + 1]);
    // Scenarios fail on purpose: keep their reports apart from the module's own.
    params.putIfAbsent(
        KubemuExtension.REPORTS_DIR,
        System.getProperty(KubemuExtension.REPORTS_DIR, KubemuExtension.DEFAULT_REPORTS_DIR)
            + "/scenarios");
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(scenario))
        .configurationParameters(params)
        .execute();
  }

  /** {@return the throwable of the first failed event (test or container)} */
  static Throwable firstFailure(EngineExecutionResults results) {
    return results.allEvents().stream()
        .filter(e -> e.getType() == EventType.FINISHED)
        .map(Event::getPayload)
        .flatMap(p -> p.stream())
        .filter(p -> p instanceof org.junit.platform.engine.TestExecutionResult)
        .map(p -> (org.junit.platform.engine.TestExecutionResult) p)
        .flatMap(r -> r.getThrowable().stream())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failure in " + results.allEvents().list()));
  }

  /** A list that scenario classes record into (they run one at a time). */
  static <T> List<T> recorder() {
    return new CopyOnWriteArrayList<>();
  }
}
