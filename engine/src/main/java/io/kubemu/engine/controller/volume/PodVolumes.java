package io.kubemu.engine.controller.volume;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import io.kubemu.model.storage.StorageClass;
import java.util.Optional;

/**
 * Whether a pod's PersistentVolumeClaims let it run, as the scheduler's VolumeBinding plugin and
 * the kubelet's volume manager see them. A pod waits (stays Pending) while a claim it mounts is
 * missing, being deleted, or not Bound; a claim of a WaitForFirstConsumer class may be unbound
 * while the pod is being scheduled (it binds once the pod has a node). Stateless.
 */
public final class PodVolumes {
  private PodVolumes() {}

  /** VolumeBinding's PreFilter reason for claims that must bind before scheduling. */
  public static final String UNBOUND_IMMEDIATE_CLAIMS =
      "pod has unbound immediate PersistentVolumeClaims";

  /**
   * {@return why the pod cannot be scheduled yet because of its claims, empty when it can}: {@code
   * persistentvolumeclaim "x" not found}, {@code persistentvolumeclaim "x" is being deleted}, or
   * {@value #UNBOUND_IMMEDIATE_CLAIMS}. Claims of a WaitForFirstConsumer class may be unbound.
   */
  public static Optional<String> schedulingProblem(Pod pod, ApiServer api) {
    return problem(pod, api, true);
  }

  /**
   * {@return whether every claim the pod mounts exists, is not being deleted and is Bound}: what a
   * kubelet waits for before it mounts the volumes and starts the containers.
   */
  public static boolean claimsBound(Pod pod, ApiServer api) {
    return problem(pod, api, false).isEmpty();
  }

  private static Optional<String> problem(Pod pod, ApiServer api, boolean allowDelayed) {
    if (pod.spec() == null) return Optional.empty();
    boolean unboundImmediate = false;
    for (Volume v : pod.spec().volumes()) {
      if (v.persistentVolumeClaim() == null) continue;
      String name = v.persistentVolumeClaim().claimName();
      Optional<PersistentVolumeClaim> found =
          api.find(PersistentVolumeClaim.class, pod.metadata().namespace(), name);
      if (found.isEmpty()) {
        return Optional.of("persistentvolumeclaim \"" + name + "\" not found");
      }
      PersistentVolumeClaim claim = found.get();
      if (claim.metadata().deletionTimestamp() != null) {
        return Optional.of("persistentvolumeclaim \"" + name + "\" is being deleted");
      }
      if (PersistentVolumeClaim.PHASE_BOUND.equals(VolumeUtil.phase(claim))) continue;
      if (allowDelayed && isDelayed(claim, api)) continue;
      unboundImmediate = true;
    }
    return unboundImmediate ? Optional.of(UNBOUND_IMMEDIATE_CLAIMS) : Optional.empty();
  }

  private static boolean isDelayed(PersistentVolumeClaim claim, ApiServer api) {
    String cls = VolumeUtil.claimClass(claim);
    return !cls.isEmpty()
        && api.find(StorageClass.class, null, cls)
            .map(c -> StorageClass.WAIT_FOR_FIRST_CONSUMER.equals(c.volumeBindingMode()))
            .orElse(false);
  }
}
