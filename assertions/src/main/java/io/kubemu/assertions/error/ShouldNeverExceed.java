package io.kubemu.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A count over the timeline (e.g. pods of a rollout) went above a maximum or below a minimum. The
 * message prints the writes around the first offending one with the count after each, marked.
 */
public class ShouldNeverExceed extends BasicErrorMessageFactory {

  private static final String FORMAT =
      "%nExpecting the number of %s%n%s:%n  %s%nbut it was %s at %s (write #%s):%n%s%n"
          + "(max %s, min %s over %s states)";

  /**
   * {@return the message for a count that went above the maximum}
   *
   * @param description what is counted, e.g. {@code pods matching app=web}
   * @param slice the writes around the offending one
   */
  public static ErrorMessageFactory shouldNeverExceed(
      String description, int max, Stats found, String slice) {
    return new ShouldNeverExceed(description, "never to exceed", max, found, slice);
  }

  /** {@return the message for a count that went below the minimum} */
  public static ErrorMessageFactory shouldNeverBeBelow(
      String description, int min, Stats found, String slice) {
    return new ShouldNeverExceed(description, "never to be below", min, found, slice);
  }

  /**
   * What was found.
   *
   * @param value the offending count
   * @param time when
   * @param sequence the write after which it was counted
   * @param max the maximum over the window
   * @param min the minimum over the window
   * @param states how many states were counted
   */
  public record Stats(int value, Object time, long sequence, int max, int min, int states) {}

  private ShouldNeverExceed(
      String description, String expectation, int limit, Stats found, String slice) {
    super(
        FORMAT,
        unquotedString(description),
        unquotedString(expectation),
        limit,
        found.value(),
        unquotedString(String.valueOf(found.time())),
        unquotedString(String.valueOf(found.sequence())),
        unquotedString(slice),
        found.max(),
        found.min(),
        found.states());
  }
}
