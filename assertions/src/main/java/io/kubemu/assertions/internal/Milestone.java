package io.kubemu.assertions.internal;

import io.kubemu.assertions.internal.PodHistory.Point;
import io.kubemu.engine.api.Verb;

/**
 * A moment in a pod's life read from the timeline. Each is the <em>first</em> write that shows it,
 * so a pod recreated under the same name counts from its first incarnation.
 */
public enum Milestone {
  /** The pod's first {@code create}. */
  CREATED("been created", "was created", "was never created"),
  /** The first write with the Ready condition True. */
  READY("become Ready", "became Ready", "never became Ready"),
  /**
   * Termination began: the first write with a deletionTimestamp (a graceful delete), or the {@code
   * deleted-final} write when the pod left the store without one (a forced delete).
   */
  TERMINATED("been terminated", "was terminated", "was never terminated"),
  /** The pod left the store: its {@code deleted-final} write. */
  DELETED("been deleted", "was deleted", "was never deleted");

  private final String expected;
  private final String past;
  private final String never;

  Milestone(String expected, String past, String never) {
    this.expected = expected;
    this.past = past;
    this.never = never;
  }

  /** {@return as in "to have ... in this order", e.g. {@code become Ready}} */
  public String expected() {
    return expected;
  }

  /** {@return e.g. {@code became Ready}} */
  public String past() {
    return past;
  }

  /** {@return e.g. {@code never became Ready}} */
  public String never() {
    return never;
  }

  /** {@return whether this write shows the milestone} */
  public boolean reachedAt(Point p) {
    return switch (this) {
      case CREATED -> p.entry().verb() == Verb.CREATE;
      case READY -> p.entry().verb() != Verb.DELETED_FINAL && PodStates.isReady(p.pod());
      case TERMINATED -> p.entry().verb() == Verb.DELETED_FINAL || PodStates.isTerminating(p.pod());
      case DELETED -> p.entry().verb() == Verb.DELETED_FINAL;
    };
  }
}
