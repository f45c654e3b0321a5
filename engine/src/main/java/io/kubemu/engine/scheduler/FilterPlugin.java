package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;

/**
 * Decides whether the pod can run on one node: Success, or Unschedulable /
 * UnschedulableAndUnresolvable with Kubernetes' reason strings. Mirrors framework.FilterPlugin
 * (v1.30).
 */
public interface FilterPlugin extends Plugin {

  /** {@return whether the pod fits the node} */
  Status filter(CycleState state, Pod pod, NodeInfo nodeInfo);
}
