package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import java.util.Map;

/**
 * Runs when no node passed Filter, to make the pod schedulable later (preemption). Mirrors
 * framework.PostFilterPlugin (v1.30).
 */
public interface PostFilterPlugin extends Plugin {

  /**
   * {@return the outcome}
   *
   * @param nodeToStatus each node's filter status, in evaluation order
   */
  PostFilterResult postFilter(CycleState state, Pod pod, Map<String, Status> nodeToStatus);
}
