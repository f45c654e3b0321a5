package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;

/**
 * Lets preemption's dry runs and the nominated-pods pass update a PreFilter plugin's state
 * incrementally as pods are added to or removed from a node. Mirrors framework.PreFilterExtensions
 * (v1.30).
 */
public interface PreFilterExtensions {

  /** Updates the state as if {@code podToAdd} ran on the node. */
  Status addPod(CycleState state, Pod podToSchedule, PodInfo podToAdd, NodeInfo nodeInfo);

  /** Updates the state as if {@code podToRemove} left the node. */
  Status removePod(CycleState state, Pod podToSchedule, PodInfo podToRemove, NodeInfo nodeInfo);
}
