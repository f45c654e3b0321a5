package io.kubemu.engine.scheduler.plugins.nodeports;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.EnqueueExtensions;
import io.kubemu.engine.scheduler.FilterPlugin;
import io.kubemu.engine.scheduler.HostPortInfo;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PreFilterPlugin;
import io.kubemu.engine.scheduler.PreFilterResult;
import io.kubemu.engine.scheduler.StateData;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerPort;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;

/**
 * Filters out nodes where a host port the pod asks for is taken: same protocol and port, on the
 * same host IP or where either side binds 0.0.0.0. Mirrors
 * pkg/scheduler/framework/plugins/nodeports/node_ports.go (v1.30).
 */
public final class NodePorts implements PreFilterPlugin, FilterPlugin, EnqueueExtensions {

  /** The reason for a node with a conflicting host port. */
  public static final String ERR_REASON =
      "node(s) didn't have free ports for the requested pod ports";

  private static final String PRE_FILTER_STATE_KEY = "PreFilter" + Names.NODE_PORTS;

  private record PreFilterState(List<ContainerPort> ports) implements StateData {
    @Override
    public StateData copy() {
      return this;
    }
  }

  @Override
  public String name() {
    return Names.NODE_PORTS;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(
        ClusterEvent.of(ClusterEvent.POD, ClusterEvent.DELETE),
        ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE));
  }

  /** {@return the container ports with a host port} (upstream getContainerPorts) */
  public static List<ContainerPort> getContainerPorts(Pod pod) {
    List<ContainerPort> out = new ArrayList<>();
    if (pod.spec() == null) {
      return out;
    }
    for (Container c : pod.spec().containers()) {
      for (ContainerPort p : c.ports()) {
        if (p.hostPort() != null && p.hostPort() > 0) {
          out.add(p);
        }
      }
    }
    return out;
  }

  @Override
  public PreFilterResult preFilter(CycleState state, Pod pod) {
    List<ContainerPort> ports = getContainerPorts(pod);
    if (ports.isEmpty()) {
      return PreFilterResult.of(Status.skip());
    }
    state.write(PRE_FILTER_STATE_KEY, new PreFilterState(ports));
    return PreFilterResult.ok();
  }

  @Override
  public Status filter(CycleState state, Pod pod, NodeInfo nodeInfo) {
    PreFilterState s = state.read(PRE_FILTER_STATE_KEY);
    if (s == null) {
      return Status.error("reading \"" + PRE_FILTER_STATE_KEY + "\" from cycleState: not found");
    }
    if (!fitsPorts(s.ports(), nodeInfo)) {
      return Status.unschedulable(ERR_REASON);
    }
    return Status.SUCCESS;
  }

  /** {@return whether the pod's host ports are free on the node} (upstream Fits) */
  public static boolean fits(Pod pod, NodeInfo nodeInfo) {
    return fitsPorts(getContainerPorts(pod), nodeInfo);
  }

  private static boolean fitsPorts(List<ContainerPort> want, NodeInfo nodeInfo) {
    HostPortInfo existing = nodeInfo.usedPorts();
    for (ContainerPort cp : want) {
      if (existing.checkConflict(cp.hostIP(), cp.protocol(), cp.hostPort())) {
        return false;
      }
    }
    return true;
  }
}
