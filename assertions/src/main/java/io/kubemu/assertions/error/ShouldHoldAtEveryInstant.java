package io.kubemu.assertions.error;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A condition over the cluster's state did not hold at some state of the timeline. The message
 * prints the writes around the first offending one, each with whether the condition held after it.
 */
public class ShouldHoldAtEveryInstant extends BasicErrorMessageFactory {

  /**
   * {@return the message factory}
   *
   * @param description the condition, e.g. {@code at least 5 ready pods}
   * @param window e.g. {@code every state of the timeline}
   * @param time the first instant it did not hold
   * @param sequence the write after which it did not hold
   * @param slice the writes around it
   */
  public static ErrorMessageFactory shouldHoldAtEveryInstant(
      String description, String window, Object time, long sequence, String slice) {
    return new ShouldHoldAtEveryInstant(description, window, time, sequence, slice);
  }

  private ShouldHoldAtEveryInstant(
      String description, String window, Object time, long sequence, String slice) {
    super(
        "%nExpecting at %s:%n  %s%nbut it did not hold at %s (write #%s):%n%s",
        unquotedString(window),
        unquotedString(description),
        unquotedString(String.valueOf(time)),
        unquotedString(String.valueOf(sequence)),
        unquotedString(slice));
  }
}
