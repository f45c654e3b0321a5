package io.kubemu.engine.controller.volume;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.runtime.ClaimStorage;
import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import io.kubemu.model.core.PersistentVolumeClaim;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The contents of a cluster's PersistentVolumes: one {@link MemoryFileSystem} per volume, keyed by
 * PV name, so that what a container writes under a claim's mount outlives the pod and is there
 * again when the pod is restarted, replaced or rescheduled (a StatefulSet pod getting its own
 * claims back). The kubelets mount them through {@link #claimStorage}; the PersistentVolume
 * controller drops a volume's files when the PV object is deleted and when a Recycle policy scrubs
 * it.
 *
 * <p>One instance per cluster, shared by the PV controller and the kubelets. Not thread-safe: used
 * on the loop's thread.
 */
public final class VolumeFilesystems {

  private final Map<String, MemoryFileSystem> volumes = new TreeMap<>();

  /** {@return the files of the PV, created empty on first use} */
  public MemoryFileSystem forVolume(String pvName) {
    return volumes.computeIfAbsent(pvName, n -> new MemoryFileSystem());
  }

  /** {@return the files of the PV, if it has been used} */
  public Optional<MemoryFileSystem> find(String pvName) {
    return Optional.ofNullable(volumes.get(pvName));
  }

  /**
   * {@return the files of the volume bound to the claim {@code namespace/claimName}, empty when the
   * claim does not exist or is not bound (the pod must wait, see {@link PodVolumes})}
   */
  public Optional<MemoryFileSystem> forClaim(ApiServer api, String namespace, String claimName) {
    return api.find(PersistentVolumeClaim.class, namespace, claimName)
        .filter(c -> PersistentVolumeClaim.PHASE_BOUND.equals(VolumeUtil.phase(c)))
        .map(c -> VolumeUtil.spec(c).volumeName())
        .filter(n -> n != null && !n.isEmpty())
        .map(this::forVolume);
  }

  /**
   * {@return these volumes as the kubelets' {@link ClaimStorage}}: a claim's files are those of the
   * PV it is bound to; for a claim that is not (yet) bound, an empty, unsaved filesystem (a kubelet
   * should not start such a pod: see {@link PodVolumes#claimsBound})
   */
  public ClaimStorage claimStorage(ApiServer api) {
    return (namespace, claimName) ->
        forClaim(api, namespace, claimName).orElseGet(MemoryFileSystem::new);
  }

  /** Forgets a volume's files (the PV is gone, or was recycled). */
  public void remove(String pvName) {
    volumes.remove(pvName);
  }

  /** {@return the names of the volumes holding files, sorted} */
  public java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(volumes.keySet());
  }
}
