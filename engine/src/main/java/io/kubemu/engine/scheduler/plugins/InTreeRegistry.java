package io.kubemu.engine.scheduler.plugins;

import io.kubemu.engine.scheduler.PluginRegistry;
import io.kubemu.engine.scheduler.plugins.defaultbinder.DefaultBinder;
import io.kubemu.engine.scheduler.plugins.defaultpreemption.DefaultPreemption;
import io.kubemu.engine.scheduler.plugins.defaultpreemption.DefaultPreemptionArgs;
import io.kubemu.engine.scheduler.plugins.imagelocality.ImageLocality;
import io.kubemu.engine.scheduler.plugins.interpodaffinity.InterPodAffinity;
import io.kubemu.engine.scheduler.plugins.interpodaffinity.InterPodAffinityArgs;
import io.kubemu.engine.scheduler.plugins.nodeaffinity.NodeAffinity;
import io.kubemu.engine.scheduler.plugins.nodeaffinity.NodeAffinityArgs;
import io.kubemu.engine.scheduler.plugins.nodename.NodeName;
import io.kubemu.engine.scheduler.plugins.nodeports.NodePorts;
import io.kubemu.engine.scheduler.plugins.noderesources.BalancedAllocation;
import io.kubemu.engine.scheduler.plugins.noderesources.BalancedAllocationArgs;
import io.kubemu.engine.scheduler.plugins.noderesources.Fit;
import io.kubemu.engine.scheduler.plugins.noderesources.NodeResourcesFitArgs;
import io.kubemu.engine.scheduler.plugins.nodeunschedulable.NodeUnschedulable;
import io.kubemu.engine.scheduler.plugins.podtopologyspread.PodTopologySpread;
import io.kubemu.engine.scheduler.plugins.podtopologyspread.PodTopologySpreadArgs;
import io.kubemu.engine.scheduler.plugins.tainttoleration.TaintToleration;
import io.kubemu.engine.scheduler.plugins.volumebinding.VolumeBinding;

/**
 * The in-tree plugins by name. Mirrors pkg/scheduler/framework/plugins/registry.go
 * NewInTreeRegistry (v1.30), without the volume plugins but VolumeBinding's PreFilter, and without
 * DRA. Plugin arguments are the plugin's own {@code XxxArgs} record, or null for its defaults.
 */
public final class InTreeRegistry {

  private InTreeRegistry() {}

  /** {@return a new registry with every in-tree plugin} */
  public static PluginRegistry newInTreeRegistry() {
    return new PluginRegistry()
        .register(Names.NODE_UNSCHEDULABLE, (args, h) -> new NodeUnschedulable())
        .register(Names.NODE_NAME, (args, h) -> new NodeName())
        .register(Names.TAINT_TOLERATION, (args, h) -> new TaintToleration())
        .register(Names.NODE_AFFINITY, (args, h) -> new NodeAffinity((NodeAffinityArgs) args))
        .register(Names.NODE_PORTS, (args, h) -> new NodePorts())
        .register(Names.NODE_RESOURCES_FIT, (args, h) -> new Fit((NodeResourcesFitArgs) args))
        .register(Names.VOLUME_BINDING, (args, h) -> new VolumeBinding(h))
        .register(
            Names.POD_TOPOLOGY_SPREAD,
            (args, h) -> new PodTopologySpread((PodTopologySpreadArgs) args, h))
        .register(
            Names.INTER_POD_AFFINITY,
            (args, h) -> new InterPodAffinity((InterPodAffinityArgs) args, h))
        .register(
            Names.DEFAULT_PREEMPTION,
            (args, h) -> new DefaultPreemption((DefaultPreemptionArgs) args, h))
        .register(
            Names.NODE_RESOURCES_BALANCED_ALLOCATION,
            (args, h) -> new BalancedAllocation((BalancedAllocationArgs) args))
        .register(Names.IMAGE_LOCALITY, (args, h) -> new ImageLocality(h))
        .register(Names.DEFAULT_BINDER, (args, h) -> new DefaultBinder(h));
  }
}
