package io.kubemu.assertions.error;

import io.kubemu.assertions.internal.Lines;
import io.kubemu.assertions.internal.PodStates;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A pod's Ready condition is not what was expected. */
public class ShouldBeReady extends BasicErrorMessageFactory {

  /** {@return the message for a pod expected to be Ready} */
  public static ErrorMessageFactory shouldBeReady(Pod actual) {
    return new ShouldBeReady(actual, "to be Ready");
  }

  /** {@return the message for a pod expected not to be Ready} */
  public static ErrorMessageFactory shouldNotBeReady(Pod actual) {
    return new ShouldBeReady(actual, "not to be Ready");
  }

  private ShouldBeReady(Pod actual, String expectation) {
    super(
        "%nExpecting pod:%n  %s%n%s%nbut %s%s",
        actual,
        unquotedString(expectation),
        unquotedString(
            PodStates.condition(actual, PodCondition.READY) == null
                ? "it has no Ready condition"
                : "its Ready condition was:"),
        unquotedString(readyCondition(actual)));
  }

  private static String readyCondition(Pod pod) {
    PodCondition ready = PodStates.condition(pod, PodCondition.READY);
    return ready == null ? "" : Lines.NL + "  " + PodStates.describe(ready);
  }
}
