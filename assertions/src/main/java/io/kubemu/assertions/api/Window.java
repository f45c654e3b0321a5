package io.kubemu.assertions.api;

import java.time.Instant;

/**
 * Which states of a timeline an assertion looks at: the state at the end of instant {@code after}
 * and every later one (null: from the first write), up to the writes at {@code until} included
 * (null: to the last), after every write or only at the end of each virtual instant.
 */
record Window(Instant after, Instant until, boolean perInstant) {
  static final Window ALL = new Window(null, null, false);

  boolean isAll() {
    return equals(ALL);
  }

  /** {@return whether a write at this time precedes the window} */
  boolean precedes(Instant time) {
    return after != null && !time.isAfter(after);
  }

  /** {@return whether a write at this time follows the window} */
  boolean follows(Instant time) {
    return until != null && time.isAfter(until);
  }

  /** {@return e.g. {@code every state of the timeline}, {@code every state after T}} */
  String phrase() {
    String base = perInstant ? "the end of every instant" : "every state";
    if (after == null && until == null) return base + " of the timeline";
    return base
        + (after == null ? "" : " after " + after)
        + (until == null ? "" : " until " + until);
  }
}
