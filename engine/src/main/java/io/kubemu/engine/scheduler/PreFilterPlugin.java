package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;

/**
 * Runs once per scheduling cycle before Filter: pre-computes state, may reject the pod outright,
 * may narrow the nodes to evaluate, or answers Skip to skip its Filter. Mirrors
 * framework.PreFilterPlugin (v1.30).
 */
public interface PreFilterPlugin extends Plugin {

  /** {@return the status and, optionally, the nodes worth evaluating} */
  PreFilterResult preFilter(CycleState state, Pod pod);

  /** {@return the AddPod/RemovePod extension preemption uses, or null when there is none} */
  default PreFilterExtensions preFilterExtensions() {
    return null;
  }
}
