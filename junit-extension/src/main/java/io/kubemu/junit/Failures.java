package io.kubemu.junit;

import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Adds a test's timeline to its failure without losing anything of the original. */
final class Failures {
  private Failures() {}

  /**
   * {@return the failure to rethrow}: for an {@link AssertionError}, a new one whose message is the
   * original's followed by the timeline, with the original as its cause, its stack trace and (for
   * an opentest4j {@link AssertionFailedError}) its expected and actual values, so IDEs still show
   * the diff; for any other throwable, the original with the timeline added as a suppressed {@link
   * KubemuTimeline}; an aborted test's exception unchanged
   */
  static Throwable withTimeline(Throwable failure, String timeline) {
    if (failure instanceof TestAbortedException) return failure;
    if (!(failure instanceof AssertionError)) {
      failure.addSuppressed(new KubemuTimeline(timeline));
      return failure;
    }
    String original = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    String message = original + "\n\n" + timeline;
    AssertionError enriched;
    if (failure instanceof AssertionFailedError afe
        && afe.isExpectedDefined()
        && afe.isActualDefined()) {
      enriched = new AssertionFailedError(message, afe.getExpected(), afe.getActual(), failure);
    } else {
      enriched = new AssertionError(message, failure);
    }
    enriched.setStackTrace(failure.getStackTrace());
    return enriched;
  }

  /** The timeline of a failed test, attached to a failure that is not an assertion error. */
  static final class KubemuTimeline extends RuntimeException {
    private static final long serialVersionUID = 1L;

    KubemuTimeline(String timeline) {
      super(timeline, null, false, false);
    }
  }
}
