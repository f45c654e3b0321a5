package io.kubemu.engine.scheduler.plugins.nodeunschedulable;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.EnqueueExtensions;
import io.kubemu.engine.scheduler.FilterPlugin;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.helper.Taints;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Taint;
import java.util.List;

/**
 * Filters out cordoned nodes ({@code spec.unschedulable}), unless the pod tolerates the {@code
 * node.kubernetes.io/unschedulable:NoSchedule} taint. Mirrors
 * pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go (v1.30).
 */
public final class NodeUnschedulable implements FilterPlugin, EnqueueExtensions {

  /** The reason for a cordoned node. */
  public static final String ERR_REASON_UNSCHEDULABLE = "node(s) were unschedulable";

  /** The reason when the node object is unknown. */
  public static final String ERR_REASON_UNKNOWN_CONDITION = "node(s) had unknown conditions";

  private static final Taint UNSCHEDULABLE_TAINT =
      Taint.of(Taint.UNSCHEDULABLE, Taint.EFFECT_NO_SCHEDULE);

  @Override
  public String name() {
    return Names.NODE_UNSCHEDULABLE;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(
        ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_TAINT));
  }

  @Override
  public Status filter(CycleState state, Pod pod, NodeInfo nodeInfo) {
    if (nodeInfo.node() == null) {
      return Status.unresolvable(ERR_REASON_UNKNOWN_CONDITION);
    }
    if (!nodeInfo.unschedulable()) {
      return Status.SUCCESS;
    }
    // a pod that tolerates the unschedulable taint also tolerates spec.unschedulable
    if (pod.spec() != null
        && Taints.tolerationsTolerateTaint(pod.spec().tolerations(), UNSCHEDULABLE_TAINT)) {
      return Status.SUCCESS;
    }
    return Status.unresolvable(ERR_REASON_UNSCHEDULABLE);
  }
}
