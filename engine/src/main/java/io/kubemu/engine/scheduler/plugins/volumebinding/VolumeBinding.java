package io.kubemu.engine.scheduler.plugins.volumebinding;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.CycleState;
import io.kubemu.engine.scheduler.EnqueueExtensions;
import io.kubemu.engine.scheduler.Handle;
import io.kubemu.engine.scheduler.PreFilterPlugin;
import io.kubemu.engine.scheduler.PreFilterResult;
import io.kubemu.engine.scheduler.Status;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import java.util.List;
import java.util.Optional;

/**
 * VolumeBinding's PreFilter: a pod whose PersistentVolumeClaim is missing or being deleted, or
 * whose claim with Immediate binding is not Bound yet, is UnschedulableAndUnresolvable on every
 * node ({@code persistentvolumeclaim "data" not found}, {@code pod has unbound immediate
 * PersistentVolumeClaims}); pods without claims skip the plugin. The pod is retried when a claim,
 * volume or storage class is added or updated. Claims of WaitForFirstConsumer classes pass: the PV
 * controller binds them once the pod has a node. Mirrors
 * pkg/scheduler/framework/plugins/volumebinding/volume_binding.go PreFilter and EventsToRegister
 * (v1.30); PV node affinity (its Filter) and the capacity score are not modelled.
 */
public final class VolumeBinding implements PreFilterPlugin, EnqueueExtensions {

  private final Handle handle;

  /** A plugin reading claims through the handle's listers. */
  public VolumeBinding(Handle handle) {
    this.handle = handle;
  }

  @Override
  public String name() {
    return Names.VOLUME_BINDING;
  }

  @Override
  public List<ClusterEvent> eventsToRegister() {
    return List.of(
        ClusterEvent.of(ClusterEvent.STORAGE_CLASS, ClusterEvent.ADD | ClusterEvent.UPDATE),
        ClusterEvent.of(
            ClusterEvent.PERSISTENT_VOLUME_CLAIM, ClusterEvent.ADD | ClusterEvent.UPDATE),
        ClusterEvent.of(ClusterEvent.PERSISTENT_VOLUME, ClusterEvent.ADD | ClusterEvent.UPDATE),
        ClusterEvent.of(
            ClusterEvent.NODE,
            ClusterEvent.ADD | ClusterEvent.UPDATE_NODE_LABEL | ClusterEvent.UPDATE_NODE_TAINT));
  }

  // upstream PreFilter: podHasPVCs (missing or deleted claims) then unboundClaimsImmediate
  @Override
  public PreFilterResult preFilter(CycleState state, Pod pod) {
    if (!hasClaims(pod)) {
      return PreFilterResult.of(Status.skip());
    }
    Optional<String> problem = handle.lookup().volumeBindingProblem(pod);
    return problem
        .map(p -> PreFilterResult.of(Status.unresolvable(p)))
        .orElseGet(PreFilterResult::ok);
  }

  private static boolean hasClaims(Pod pod) {
    if (pod.spec() == null) return false;
    for (Volume v : pod.spec().volumes()) {
      if (v.persistentVolumeClaim() != null) return true;
    }
    return false;
  }
}
