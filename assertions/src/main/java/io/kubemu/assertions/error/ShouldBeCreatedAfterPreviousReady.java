package io.kubemu.assertions.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A pod was created while its predecessor was not Ready: the {@code OrderedReady} pod management of
 * a StatefulSet ("no new pod is created while any pod is unhealthy") was not followed.
 */
public class ShouldBeCreatedAfterPreviousReady extends BasicErrorMessageFactory {

  private static final String EXPECTING =
      "%nExpecting each pod to be created only after the previous one was Ready:%n  %s%n";

  /**
   * {@return the message factory}
   *
   * @param created the pod created too early
   * @param when its creation, e.g. {@code 2026-01-01T00:00:05Z (write #7)}
   * @param previous its predecessor
   * @param slice the two pods' writes, the creation marked
   */
  public static ErrorMessageFactory shouldBeCreatedAfterPreviousReady(
      List<String> expected, String created, String when, String previous, String slice) {
    return new ShouldBeCreatedAfterPreviousReady(
        EXPECTING + "but %s was created at %s while %s was not Ready:%n%s",
        expected,
        unquotedString(created),
        unquotedString(when),
        unquotedString(previous),
        unquotedString(slice));
  }

  /** {@return the message for a listed pod that was never created} */
  public static ErrorMessageFactory shouldHaveBeenCreated(List<String> expected, String missing) {
    return new ShouldBeCreatedAfterPreviousReady(
        EXPECTING + "but %s was never created", expected, unquotedString(missing));
  }

  private ShouldBeCreatedAfterPreviousReady(String format, Object... arguments) {
    super(format, arguments);
  }
}
