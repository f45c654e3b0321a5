package io.kubemu.model.core;

import io.kubemu.model.HasStatus;
import io.kubemu.model.meta.ObjectMeta;

/**
 * A PersistentVolume (core/v1): a piece of storage in the cluster. Cluster-scoped.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 */
public record PersistentVolume(
    ObjectMeta metadata, PersistentVolumeSpec spec, PersistentVolumeStatus status)
    implements HasStatus<PersistentVolumeStatus> {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "PersistentVolume";

  /** Phase: not yet available. */
  public static final String PHASE_PENDING = "Pending";

  /** Phase: free, not bound to a claim. */
  public static final String PHASE_AVAILABLE = "Available";

  /** Phase: bound to a claim. */
  public static final String PHASE_BOUND = "Bound";

  /** Phase: the claim was deleted; the volume is not yet reclaimed. */
  public static final String PHASE_RELEASED = "Released";

  /** Phase: reclamation failed. */
  public static final String PHASE_FAILED = "Failed";

  /** persistentVolumeReclaimPolicy Retain, the default for volumes created by hand. */
  public static final String RECLAIM_RETAIN = "Retain";

  /** persistentVolumeReclaimPolicy Delete, the default for dynamically provisioned volumes. */
  public static final String RECLAIM_DELETE = "Delete";

  /** persistentVolumeReclaimPolicy Recycle (deprecated). */
  public static final String RECLAIM_RECYCLE = "Recycle";

  public PersistentVolume {
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
  public PersistentVolume withMetadata(ObjectMeta metadata) {
    return new PersistentVolume(metadata, spec, status);
  }

  public PersistentVolume withSpec(PersistentVolumeSpec spec) {
    return new PersistentVolume(metadata, spec, status);
  }

  @Override
  public PersistentVolume withStatus(PersistentVolumeStatus status) {
    return new PersistentVolume(metadata, spec, status);
  }
}
