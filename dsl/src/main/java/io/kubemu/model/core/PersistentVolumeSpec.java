package io.kubemu.model.core;

import io.kubemu.model.Quantity;
import io.kubemu.model.internal.Copies;
import java.util.List;
import java.util.Map;

/**
 * A volume's description (core/v1 PersistentVolumeSpec); exactly one source is set.
 *
 * @param capacity {@code storage} is the size
 * @param claimRef the bound claim
 * @param persistentVolumeReclaimPolicy Retain, Delete or Recycle; defaults to Retain
 * @param storageClassName "" means no class
 * @param volumeMode Filesystem or Block; defaults to Filesystem
 * @param nodeAffinity the nodes the volume can be used from
 */
public record PersistentVolumeSpec(
    Map<String, Quantity> capacity,
    HostPathVolumeSource hostPath,
    NFSVolumeSource nfs,
    LocalVolumeSource local,
    CSIPersistentVolumeSource csi,
    List<String> accessModes,
    ObjectReference claimRef,
    String persistentVolumeReclaimPolicy,
    String storageClassName,
    List<String> mountOptions,
    String volumeMode,
    VolumeNodeAffinity nodeAffinity) {

  /** {@code PersistentVolumeSpec} with every field unset. */
  public static final PersistentVolumeSpec EMPTY =
      new PersistentVolumeSpec(
          null, null, null, null, null, null, null, null, null, null, null, null);

  public PersistentVolumeSpec {
    capacity = Copies.map(capacity);
    accessModes = Copies.list(accessModes);
    mountOptions = Copies.list(mountOptions);
  }

  public PersistentVolumeSpec withClaimRef(ObjectReference claimRef) {
    return new PersistentVolumeSpec(
        capacity,
        hostPath,
        nfs,
        local,
        csi,
        accessModes,
        claimRef,
        persistentVolumeReclaimPolicy,
        storageClassName,
        mountOptions,
        volumeMode,
        nodeAffinity);
  }

  public PersistentVolumeSpec withPersistentVolumeReclaimPolicy(
      String persistentVolumeReclaimPolicy) {
    return new PersistentVolumeSpec(
        capacity,
        hostPath,
        nfs,
        local,
        csi,
        accessModes,
        claimRef,
        persistentVolumeReclaimPolicy,
        storageClassName,
        mountOptions,
        volumeMode,
        nodeAffinity);
  }

  public PersistentVolumeSpec withVolumeMode(String volumeMode) {
    return new PersistentVolumeSpec(
        capacity,
        hostPath,
        nfs,
        local,
        csi,
        accessModes,
        claimRef,
        persistentVolumeReclaimPolicy,
        storageClassName,
        mountOptions,
        volumeMode,
        nodeAffinity);
  }
}
