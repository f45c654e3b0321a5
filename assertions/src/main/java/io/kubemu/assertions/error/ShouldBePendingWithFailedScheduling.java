package io.kubemu.assertions.error;

import io.kubemu.model.core.Pod;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A pod was expected to be Pending with a scheduling failure message containing a text. */
public class ShouldBePendingWithFailedScheduling extends BasicErrorMessageFactory {

  private static final String EXPECTING =
      "%nExpecting pod:%n  %s%nto be Pending with a FailedScheduling message containing:%n  %s%n";

  /** {@return the message for a pod that is bound to a node} */
  public static ErrorMessageFactory shouldBePendingButScheduled(
      Pod actual, String text, String node) {
    return new ShouldBePendingWithFailedScheduling(
        EXPECTING + "but it was scheduled on node:%n  %s", actual, text, unquotedString(node));
  }

  /** {@return the message for a pod in another phase} */
  public static ErrorMessageFactory shouldBePendingButWas(Pod actual, String text, String phase) {
    return new ShouldBePendingWithFailedScheduling(
        EXPECTING + "but its phase was:%n  %s", actual, text, unquotedString(phase));
  }

  /** {@return the message for a pending pod whose failure messages do not contain the text} */
  public static ErrorMessageFactory shouldHaveFailedSchedulingMessage(
      Pod actual, String text, List<String> messages) {
    return messages.isEmpty()
        ? new ShouldBePendingWithFailedScheduling(
            EXPECTING
                + "but it has no scheduling failure message"
                + " (no PodScheduled=False condition, no FailedScheduling event)",
            actual,
            text)
        : new ShouldBePendingWithFailedScheduling(
            EXPECTING + "but its scheduling failure messages were:%n  %s", actual, text, messages);
  }

  private ShouldBePendingWithFailedScheduling(String format, Object... arguments) {
    super(format, arguments);
  }
}
