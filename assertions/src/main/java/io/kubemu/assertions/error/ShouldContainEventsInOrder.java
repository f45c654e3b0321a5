package io.kubemu.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Events with the expected reasons did not occur in the expected order. */
public class ShouldContainEventsInOrder extends BasicErrorMessageFactory {

  /**
   * {@return the message factory}
   *
   * @param subject whose events, e.g. {@code pod/demo}, or null for a plain list
   * @param expected the reasons, in the expected order
   * @param missing the first reason not found after the previous one
   * @param previous the reason before it, or null when {@code missing} is the first
   * @param actual every event's reason, oldest first
   */
  public static ErrorMessageFactory shouldContainEventsInOrder(
      String subject, List<String> expected, String missing, String previous, List<String> actual) {
    return new ShouldContainEventsInOrder(subject, expected, missing, previous, actual);
  }

  private ShouldContainEventsInOrder(
      String subject, List<String> expected, String missing, String previous, List<String> actual) {
    super(
        "%nExpecting %s to have these reasons, in order:%n  %s%nbut %s; the reasons were, in"
            + " order:%n  %s",
        unquotedString(subject == null ? "events" : "the events of " + subject),
        expected,
        unquotedString(
            previous == null
                ? "there was no " + missing + " event"
                : "there was no " + missing + " event after " + previous),
        actual);
  }
}
