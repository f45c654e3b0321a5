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
 * VolumeBinding (PreFilter only: claims missing or unbound), PodTopologySpread, InterPodAffinity.
 * Mirrors pkg/scheduler/apis/config/v1/default_plugins.go getDefaultPlugins (v1.30), minus
 * SchedulingGates, PrioritySort (built into the queue), VolumeBinding's score (inert upstream
 * without the VolumeCapacityPriority gate) and the other volume plugins.
 *
 * <p>These weights date from v1.23 (config v1beta3, kubernetes/kubernetes#104251); before,
 * TaintToleration, NodeAffinity and InterPodAffinity weighed 1, so the default spreading balanced a
 * preferred affinity sooner (see ScoreWeightsTest).
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
          new PluginRef(Names.VOLUME_BINDING, 0),
          new PluginRef(Names.POD_TOPOLOGY_SPREAD, 2),
          new PluginRef(Names.INTER_POD_AFFINITY, 2),
          new PluginRef(Names.DEFAULT_PREEMPTION, 0),
          new PluginRef(Names.NODE_RESOURCES_BALANCED_ALLOCATION, 1),
          new PluginRef(Names.IMAGE_LOCALITY, 1),
          new PluginRef(Names.DEFAULT_BINDER, 0));

  /**
   * The default plugins with the weights kube-scheduler used before v1.23 (config v1beta1/v1beta2):
   * TaintToleration, NodeAffinity and InterPodAffinity weigh 1 instead of 3, 2 and 2. Use them to
   * replay what an older cluster placed (the seed's node-affinity case 4 gives 3/1/1 with them).
   */
  public static final List<PluginRef> PLUGINS_BEFORE_V1_23 =
      PLUGINS.stream()
          .map(
              p ->
                  switch (p.name()) {
                    case Names.TAINT_TOLERATION, Names.NODE_AFFINITY, Names.INTER_POD_AFFINITY ->
                        new PluginRef(p.name(), 1);
                    default -> p;
                  })
          .toList();

  private DefaultProfile() {}

  /** {@return the default-scheduler profile with the weights before v1.23} */
  public static Profile beforeV123Profile() {
    return defaultProfile().withPlugins(PLUGINS_BEFORE_V1_23);
  }

  /** {@return the default-scheduler profile, adaptive percentageOfNodesToScore} */
  public static Profile defaultProfile() {
    return new Profile(PodSpec.DEFAULT_SCHEDULER, PLUGINS, null, null);
  }
}
