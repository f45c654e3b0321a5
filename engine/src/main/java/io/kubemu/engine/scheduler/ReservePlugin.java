package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;

/**
 * Told that the pod is about to be bound (Reserve) or that the binding was abandoned (Unreserve).
 * Mirrors framework.ReservePlugin (v1.30).
 */
public interface ReservePlugin extends Plugin {

  /** {@return Success to go on binding} */
  Status reserve(CycleState state, Pod pod, String nodeName);

  /** Undoes {@link #reserve}; must be idempotent. */
  void unreserve(CycleState state, Pod pod, String nodeName);
}
