package io.kubemu.assertions.error;

import io.kubemu.assertions.internal.GoDurations;
import io.kubemu.assertions.internal.Lines;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A condition awaited in virtual time did not hold within its budget (or held too early, or did not
 * hold long enough): the virtual-time counterpart of Awaitility's {@code
 * ConditionTimeoutException}, and an {@link AssertionError} so test reports count it as a failure.
 * The message names the condition (its alias), the virtual time, the last assertion error of {@code
 * untilAsserted} (also the {@linkplain #getCause() cause}) and a summary of the cluster's state.
 */
public class ConditionTimeoutError extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final String condition;
  private final Instant virtualTime;
  private final Duration waited;

  /**
   * A timeout.
   *
   * @param condition e.g. {@code Condition with alias '5 pods ready'}
   * @param outcome e.g. {@code didn't complete within 10m0s of virtual time}
   * @param virtualTime the virtual time when waiting stopped
   * @param waited the virtual time waited
   * @param lastFailure the last AssertionError or exception of the condition, or null
   * @param state lines describing the cluster
   */
  public ConditionTimeoutError(
      String condition,
      String outcome,
      Instant virtualTime,
      Duration waited,
      Throwable lastFailure,
      List<String> state) {
    super(message(condition, outcome, virtualTime, waited, lastFailure, state), lastFailure);
    this.condition = condition;
    this.virtualTime = virtualTime;
    this.waited = waited;
  }

  private static String message(
      String condition,
      String outcome,
      Instant virtualTime,
      Duration waited,
      Throwable lastFailure,
      List<String> state) {
    StringBuilder sb = new StringBuilder(condition).append(' ').append(outcome).append('.');
    sb.append(Lines.NL)
        .append("virtual time: ")
        .append(virtualTime)
        .append(" (waited ")
        .append(GoDurations.format(waited))
        .append(')');
    if (lastFailure != null) {
      String text =
          lastFailure instanceof AssertionError
              ? lastFailure.getMessage()
              : lastFailure.getClass().getName() + ": " + lastFailure.getMessage();
      sb.append(Lines.NL)
          .append(
              lastFailure instanceof AssertionError ? "last assertion error:" : "last exception:")
          .append(Lines.NL)
          .append(Lines.indent(String.valueOf(text), 2));
    }
    if (!state.isEmpty()) {
      sb.append(Lines.NL).append("cluster state:").append(Lines.NL).append(Lines.indented(state));
    }
    return sb.toString();
  }

  /** {@return the condition as the message names it: its alias or where it was defined} */
  public String condition() {
    return condition;
  }

  /** {@return the virtual time when waiting stopped} */
  public Instant virtualTime() {
    return virtualTime;
  }

  /** {@return the virtual time waited} */
  public Duration waited() {
    return waited;
  }
}
