package io.kubemu.engine.kubelet;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A sequence of steps run one after another, each calling its continuation when done (at once, or
 * later from an event-loop task): the shape of the kubelet's blocking SyncPod on virtual time.
 */
final class Steps {

  /** One step; it must call {@code next} exactly once, or {@code stop} to end the sequence. */
  interface Step {
    void run(Runnable next, Runnable stop);
  }

  private final Deque<Step> steps = new ArrayDeque<>();
  private final Runnable end;
  private boolean ended;

  Steps(Runnable end) {
    this.end = end;
  }

  Steps then(Step step) {
    steps.add(step);
    return this;
  }

  /** Adds a step that completes at once. */
  Steps then(Runnable action) {
    return then(
        (next, stop) -> {
          action.run();
          next.run();
        });
  }

  void start() {
    next();
  }

  private void next() {
    Step s = steps.poll();
    if (s == null) {
      finish();
      return;
    }
    s.run(this::next, this::finish);
  }

  private void finish() {
    if (ended) return;
    ended = true;
    steps.clear();
    end.run();
  }
}
