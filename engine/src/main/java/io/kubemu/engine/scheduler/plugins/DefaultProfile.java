package io.kubemu.engine.scheduler.plugins;

import io.kubemu.engine.scheduler.Profile;
import io.kubemu.engine.scheduler.Profile.PluginRef;
import io.kubemu.model.core.PodSpec;
import java.util.List;

/**
 * The default-scheduler profile: upstream's default plugins in their order, with their score
 * weights (TaintToleration 3, NodeAffinity 2, NodeResourcesFit 1, PodTopologySpread 2,
 * InterPodAffinity 2, NodeResourcesBalancedAllocation 1, ImageLocality 1). Filters therefore run
 * NodeUnschedulable, NodeName, TaintToleration, NodeAffinity, NodePorts, NodeResourcesFit,
 * PodTopologySpread, InterPodAffinity. Mirrors pkg/scheduler/apis/config/v1/default_plugins.go
 * getDefaultPlugins (v1.30), minus SchedulingGates, PrioritySort (built into the queue) and the
 * volume plugins.
 */
public final class DefaultProfile {

  /** The default plugins, in order, with their weights (0: not a score plugin). */
  public static final List<PluginRef> PLUGINS =
      List.of(
          new PluginRef(Names.NODE_UNSCHEDULABLE, 0),
          new PluginRef(Names.NODE_NAME, 0),
          new PluginRef(Names.TAINT_TOLERATION, 3),
          new PluginRef(Names.NODE_AFFINITY, 2),
          new PluginRef(Names.NODE_PORTS, 0),
          new PluginRef(Names.NODE_RESOURCES_FIT, 1),
          new PluginRef(Names.POD_TOPOLOGY_SPREAD, 2),
          new PluginRef(Names.INTER_POD_AFFINITY, 2),
          new PluginRef(Names.DEFAULT_PREEMPTION, 0),
          new PluginRef(Names.NODE_RESOURCES_BALANCED_ALLOCATION, 1),
          new PluginRef(Names.IMAGE_LOCALITY, 1),
          new PluginRef(Names.DEFAULT_BINDER, 0));

  private DefaultProfile() {}

  /** {@return the default-scheduler profile, adaptive percentageOfNodesToScore} */
  public static Profile defaultProfile() {
    return new Profile(PodSpec.DEFAULT_SCHEDULER, PLUGINS, null, null);
  }
}
