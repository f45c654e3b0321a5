package io.kubemu.engine.scheduler.plugins.nodename;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.EnqueueExtensions;
import io.kubemu.engine.scheduler.FilterPlugin;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.helper.Pods;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import java.util.List;

/**
 * Filters out every node but the one a pod names in {@code spec.nodeName}. Mirrors
 * pkg/scheduler/framework/plugins/nodename/node_name.go (v1.30).
 */
public final class NodeName implements FilterPlugin, EnqueueExtensions {

  /** The reason for a node other than the requested one. */
  public static final String ERR_REASON = "node(s) didn't match the requested node name";

  @Override
  public String name() {
    return Names.NODE_NAME;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE));
  }

  @Override
  public Status filter(CycleState state, Pod pod, NodeInfo nodeInfo) {
    if (!fits(pod, nodeInfo)) {
      return Status.unresolvable(ERR_REASON);
    }
    return Status.SUCCESS;
  }

  /** {@return whether the pod names no node or this one} (upstream Fits) */
  public static boolean fits(Pod pod, NodeInfo nodeInfo) {
    String want = Pods.nodeName(pod);
    return want.isEmpty() || want.equals(nodeInfo.name());
  }
}
