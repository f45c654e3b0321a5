package io.kubemu.model.core;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A PersistentVolumeClaim (core/v1): a user's request for storage.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 */
public record PersistentVolumeClaim(
    ObjectMeta metadata, PersistentVolumeClaimSpec spec, PersistentVolumeClaimStatus status)
    implements HasStatus<PersistentVolumeClaimStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "PersistentVolumeClaim";

  /** Phase: not yet bound. */
  public static final String PHASE_PENDING = "Pending";

  /** Phase: bound to a volume. */
  public static final String PHASE_BOUND = "Bound";

  /** Phase: the bound volume is gone. */
  public static final String PHASE_LOST = "Lost";

  /** accessMode ReadWriteOnce: read-write by one node. */
  public static final String READ_WRITE_ONCE = "ReadWriteOnce";

  /** accessMode ReadOnlyMany. */
  public static final String READ_ONLY_MANY = "ReadOnlyMany";

  /** accessMode ReadWriteMany. */
  public static final String READ_WRITE_MANY = "ReadWriteMany";

  /** accessMode ReadWriteOncePod: read-write by one pod. */
  public static final String READ_WRITE_ONCE_POD = "ReadWriteOncePod";

  /** volumeMode Filesystem, the default. */
  public static final String VOLUME_MODE_FILESYSTEM = "Filesystem";

  /** volumeMode Block. */
  public static final String VOLUME_MODE_BLOCK = "Block";

  public PersistentVolumeClaim {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public PersistentVolumeClaim withMetadata(ObjectMeta metadata) {
    return new PersistentVolumeClaim(metadata, spec, status);
  }

  public PersistentVolumeClaim withSpec(PersistentVolumeClaimSpec spec) {
    return new PersistentVolumeClaim(metadata, spec, status);
  }

  @Override
  public PersistentVolumeClaim withStatus(PersistentVolumeClaimStatus status) {
    return new PersistentVolumeClaim(metadata, spec, status);
  }
}
