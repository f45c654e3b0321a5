package io.kubemu.engine.controller.volume;

import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimSpec;
import io.kubemu.model.core.PersistentVolumeSpec;
import java.util.Objects;

/**
 * The storage helpers the PV controller and the scheduler share (upstream
 * component-helpers/storage/volume and v1helper): annotations, classes, claim references, access
 * and volume modes. Stateless.
 */
public final class VolumeUtil {
  private VolumeUtil() {}

  /** On a claim: binding has been completed once (AnnBindCompleted). */
  public static final String ANN_BIND_COMPLETED = "pv.kubernetes.io/bind-completed";

  /** On a volume or claim: the controller made the binding (AnnBoundByController). */
  public static final String ANN_BOUND_BY_CONTROLLER = "pv.kubernetes.io/bound-by-controller";

  /** On a claim: the node the scheduler chose, starting delayed provisioning (AnnSelectedNode). */
  public static final String ANN_SELECTED_NODE = "volume.kubernetes.io/selected-node";

  /** On a volume: the plugin or provisioner that made it (AnnDynamicallyProvisioned). */
  public static final String ANN_DYNAMICALLY_PROVISIONED = "pv.kubernetes.io/provisioned-by";

  /** On a claim: who is to provision it (AnnBetaStorageProvisioner). */
  public static final String ANN_BETA_STORAGE_PROVISIONER =
      "volume.beta.kubernetes.io/storage-provisioner";

  /** On a claim: who is to provision it (AnnStorageProvisioner). */
  public static final String ANN_STORAGE_PROVISIONER = "volume.kubernetes.io/storage-provisioner";

  /** The deprecated class annotation, read before spec.storageClassName. */
  public static final String BETA_STORAGE_CLASS_ANNOTATION =
      "volume.beta.kubernetes.io/storage-class";

  /** A class whose volumes cannot be provisioned dynamically (NotSupportedProvisioner). */
  public static final String NOT_SUPPORTED_PROVISIONER = "kubernetes.io/no-provisioner";

  /** The {@code storage} resource. */
  public static final String STORAGE = "storage";

  /** GetPersistentVolumeClaimClass: the beta annotation, else spec.storageClassName, else "". */
  public static String claimClass(PersistentVolumeClaim claim) {
    String a = claim.metadata().annotation(BETA_STORAGE_CLASS_ANNOTATION);
    if (a != null) return a;
    String c = spec(claim).storageClassName();
    return c == null ? "" : c;
  }

  /** GetPersistentVolumeClass: the beta annotation, else spec.storageClassName, else "". */
  public static String volumeClass(PersistentVolume volume) {
    String a = volume.metadata().annotation(BETA_STORAGE_CLASS_ANNOTATION);
    if (a != null) return a;
    String c = spec(volume).storageClassName();
    return c == null ? "" : c;
  }

  /** {@return spec.resources.requests.storage, or zero} */
  public static Quantity requestedStorage(PersistentVolumeClaim claim) {
    PersistentVolumeClaimSpec s = spec(claim);
    Quantity q = s.resources() == null ? null : s.resources().requests().get(STORAGE);
    return q == null ? Quantity.ZERO : q;
  }

  /** {@return spec.capacity.storage, or zero} */
  public static Quantity capacity(PersistentVolume volume) {
    Quantity q = spec(volume).capacity().get(STORAGE);
    return q == null ? Quantity.ZERO : q;
  }

  /**
   * IsVolumeBoundToClaim: the volume's claimRef names the claim (and, when it carries a uid, the
   * claim's uid).
   */
  public static boolean isVolumeBoundToClaim(PersistentVolume volume, PersistentVolumeClaim claim) {
    ObjectReference ref = spec(volume).claimRef();
    if (ref == null) return false;
    if (!Objects.equals(claim.metadata().name(), ref.name())
        || !Objects.equals(claim.metadata().namespace(), ref.namespace())) {
      return false;
    }
    return ref.uid() == null || ref.uid().isEmpty() || ref.uid().equals(claim.metadata().uid());
  }

  /** CheckAccessModes: the volume offers every mode the claim asks for. */
  public static boolean checkAccessModes(PersistentVolumeClaim claim, PersistentVolume volume) {
    return spec(volume).accessModes().containsAll(spec(claim).accessModes());
  }

  /** CheckVolumeModeMismatches: the modes differ (an unset mode means Filesystem). */
  public static boolean checkVolumeModeMismatches(
      PersistentVolumeClaimSpec claim, PersistentVolumeSpec volume) {
    String requested =
        claim.volumeMode() == null
            ? PersistentVolumeClaim.VOLUME_MODE_FILESYSTEM
            : claim.volumeMode();
    String offered =
        volume.volumeMode() == null
            ? PersistentVolumeClaim.VOLUME_MODE_FILESYSTEM
            : volume.volumeMode();
    return !requested.equals(offered);
  }

  /** claimToClaimKey: {@code namespace/name}. */
  public static String claimKey(PersistentVolumeClaim claim) {
    return claim.metadata().namespace() + "/" + claim.metadata().name();
  }

  /** {@return a reference to the claim, as reference.GetReference makes it} */
  public static ObjectReference claimRef(PersistentVolumeClaim claim) {
    return EventRecorder.referenceTo(claim);
  }

  /** GetProvisionedVolumeNameForClaim: {@code pvc-<claim uid>}. */
  public static String provisionedVolumeName(PersistentVolumeClaim claim) {
    return "pvc-" + claim.metadata().uid();
  }

  static PersistentVolumeClaimSpec spec(PersistentVolumeClaim claim) {
    return claim.spec() == null ? PersistentVolumeClaimSpec.EMPTY : claim.spec();
  }

  static PersistentVolumeSpec spec(PersistentVolume volume) {
    return volume.spec() == null ? PersistentVolumeSpec.EMPTY : volume.spec();
  }

  /** {@return the claim's phase, "Pending" when unset} */
  public static String phase(PersistentVolumeClaim claim) {
    return claim.status() == null || claim.status().phase() == null
        ? PersistentVolumeClaim.PHASE_PENDING
        : claim.status().phase();
  }

  /** {@return the volume's phase, "Pending" when unset} */
  public static String phase(PersistentVolume volume) {
    return volume.status() == null || volume.status().phase() == null
        ? PersistentVolume.PHASE_PENDING
        : volume.status().phase();
  }
}
