package io.kubemu.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A Deployment's rollout left its bounds: too many pods, too few available, or an old ReplicaSet
 * scaled down before new pods were available. The message names the first offending state and
 * prints the states around it with their pod counts (per ReplicaSet {@code spec.replicas/available
 * pods}, the new one starred).
 */
public class ShouldStayWithinRolloutBounds extends BasicErrorMessageFactory {

  private static final String FORMAT =
      "%nExpecting the rollout of deployment %s%n%s%nat %s,%nbut %s at %s (write #%s):%n%s";

  /**
   * What went wrong, where.
   *
   * @param found e.g. {@code it had 7 pods}
   * @param time the virtual time of the offending state
   * @param sequence the write that led to it
   * @param slice the states around it, rendered
   */
  public record Offence(String found, Object time, long sequence, String slice) {}

  /**
   * {@return the message for too many pods}
   *
   * @param deployment {@code namespace/name}
   * @param bound e.g. {@code 6 (replicas 5 + maxSurge 1)}
   * @param window e.g. {@code every state of the timeline}
   */
  public static ErrorMessageFactory shouldNeverExceedPods(
      String deployment, String bound, String window, Offence offence) {
    return new ShouldStayWithinRolloutBounds(
        deployment, "never to run more than " + bound + " pods", window, offence);
  }

  /** {@return the message for too few available pods} */
  public static ErrorMessageFactory shouldNeverBeBelowAvailable(
      String deployment, String bound, String window, Offence offence) {
    return new ShouldStayWithinRolloutBounds(
        deployment, "never to have fewer than " + bound + " available pods", window, offence);
  }

  /** {@return the message for too few ready pods} */
  public static ErrorMessageFactory shouldNeverBeBelowReady(
      String deployment, String bound, String window, Offence offence) {
    return new ShouldStayWithinRolloutBounds(
        deployment, "never to have fewer than " + bound + " ready pods", window, offence);
  }

  /**
   * {@return the message for an old ReplicaSet scaled down too early}
   *
   * @param bound e.g. {@code 5 (replicas 5 - maxUnavailable 0)}
   */
  public static ErrorMessageFactory shouldScaleDownOldOnlyAfterNewAvailable(
      String deployment, String bound, String window, Offence offence) {
    return new ShouldStayWithinRolloutBounds(
        deployment,
        "to scale old ReplicaSets down only while keeping at least " + bound + " available pods",
        window,
        offence);
  }

  private ShouldStayWithinRolloutBounds(
      String deployment, String expectation, String window, Offence offence) {
    super(
        FORMAT,
        unquotedString("\"" + deployment + "\""),
        unquotedString(expectation),
        unquotedString(window),
        unquotedString(offence.found()),
        unquotedString(String.valueOf(offence.time())),
        unquotedString(String.valueOf(offence.sequence())),
        unquotedString(offence.slice()));
  }
}
