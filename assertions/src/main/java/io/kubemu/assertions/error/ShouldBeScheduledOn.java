package io.kubemu.assertions.error;

import io.kubemu.assertions.internal.Lines;
import io.kubemu.model.core.Pod;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A pod is not bound to the expected node. */
public class ShouldBeScheduledOn extends BasicErrorMessageFactory {

  /** {@return the message for a pod bound to another node} */
  public static ErrorMessageFactory shouldBeScheduledOn(Pod actual, String expected, String node) {
    return new ShouldBeScheduledOn(
        "%nExpecting pod:%n  %s%nto be scheduled on node:%n  %s%nbut was on node:%n  %s",
        actual, unquotedString(expected), unquotedString(node));
  }

  /**
   * {@return the message for a pod bound to no node}
   *
   * @param why the scheduler's latest failure message, or null
   */
  public static ErrorMessageFactory shouldBeScheduledOnButNotScheduled(
      Pod actual, String expected, String why) {
    return new ShouldBeScheduledOn(
        "%nExpecting pod:%n  %s%nto be scheduled on node:%n  %s%nbut it was not scheduled%s",
        actual,
        unquotedString(expected),
        unquotedString(why == null ? "" : ":" + Lines.NL + Lines.indent(why, 2)));
  }

  private ShouldBeScheduledOn(String format, Object... arguments) {
    super(format, arguments);
  }
}
