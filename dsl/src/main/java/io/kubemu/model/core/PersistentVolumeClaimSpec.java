package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import io.kubemu.model.meta.LabelSelector;
import java.util.List;

/**
 * What a claim asks for (core/v1 PersistentVolumeClaimSpec).
 *
 * @param accessModes ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod
 * @param selector labels of the volumes to consider
 * @param resources {@code requests.storage} is the size asked for
 * @param volumeName the bound volume
 * @param storageClassName null means the default class; "" means none
 * @param volumeMode Filesystem or Block; defaults to Filesystem
 */
public record PersistentVolumeClaimSpec(
    List<String> accessModes,
    LabelSelector selector,
    VolumeResourceRequirements resources,
    String volumeName,
    String storageClassName,
    String volumeMode) {

  /** {@code PersistentVolumeClaimSpec} with every field unset. */
  public static final PersistentVolumeClaimSpec EMPTY =
      new PersistentVolumeClaimSpec(null, null, null, null, null, null);

  public PersistentVolumeClaimSpec {
    accessModes = Copies.list(accessModes);
  }

  public PersistentVolumeClaimSpec withAccessModes(List<String> accessModes) {
    return new PersistentVolumeClaimSpec(
        accessModes, selector, resources, volumeName, storageClassName, volumeMode);
  }

  public PersistentVolumeClaimSpec withResources(VolumeResourceRequirements resources) {
    return new PersistentVolumeClaimSpec(
        accessModes, selector, resources, volumeName, storageClassName, volumeMode);
  }

  public PersistentVolumeClaimSpec withVolumeName(String volumeName) {
    return new PersistentVolumeClaimSpec(
        accessModes, selector, resources, volumeName, storageClassName, volumeMode);
  }

  public PersistentVolumeClaimSpec withStorageClassName(String storageClassName) {
    return new PersistentVolumeClaimSpec(
        accessModes, selector, resources, volumeName, storageClassName, volumeMode);
  }

  public PersistentVolumeClaimSpec withVolumeMode(String volumeMode) {
    return new PersistentVolumeClaimSpec(
        accessModes, selector, resources, volumeName, storageClassName, volumeMode);
  }
}
