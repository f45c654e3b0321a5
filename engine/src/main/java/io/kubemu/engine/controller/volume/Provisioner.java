package io.kubemu.engine.controller.volume;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.CSIPersistentVolumeSource;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.NFSVolumeSource;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeSpec;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.storage.StorageClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dynamic provisioning as the PV controller starts it (upstream provisionClaim,
 * findProvisionablePlugin, provisionClaimOperation and provisionClaimOperationExternal).
 *
 * <ul>
 *   <li>A class whose provisioner is an in-tree {@code kubernetes.io/...} plugin is provisioned
 *       here: PV {@code pvc-<claim uid>}, event {@code ProvisioningSucceeded} "Successfully
 *       provisioned volume pvc-... using kubernetes.io/...". {@value
 *       VolumeUtil#NOT_SUPPORTED_PROVISIONER} fails with {@code ProvisioningFailed} "no volume
 *       plugin matched name: kubernetes.io/no-provisioner".
 *   <li>Any other provisioner is external: the claim is annotated with it, event {@code
 *       ExternalProvisioning}, and kubemu's {@link ExternalProvisioner} plays the CSI provisioner.
 *   <li>A class that does not exist (a manifest naming, say, {@code managed-nfs-storage} without
 *       its StorageClass object) is, <em>unlike a real cluster</em> (which reports {@code
 *       ProvisioningFailed} "storageclass.storage.k8s.io ... not found" and never binds), handed to
 *       the simulated external provisioner {@value #SIMULATED_PROVISIONER} with the class defaults
 *       (reclaimPolicy Delete, Immediate binding), so that manifests written for a cluster that has
 *       the class work unchanged.
 * </ul>
 *
 * Provisioned volumes get capacity = the claim's storage request, its access modes and volume mode,
 * the class's reclaimPolicy (default Delete) and mountOptions, a claimRef to the claim and a CSI
 * source naming the provisioner. Not thread-safe.
 */
final class Provisioner {

  /** The provisioner kubemu assumes for a class that has no StorageClass object. */
  static final String SIMULATED_PROVISIONER = "kubemu.io/simulated-provisioner";

  private final ApiServer api;
  private final EventRecorder.ComponentRecorder recorder;

  Provisioner(ApiServer api, EventRecorder.ComponentRecorder recorder) {
    this.api = api;
    this.recorder = recorder;
  }

  /** What provisions a class: its provisioner, reclaim policy and mount options. */
  record ClassInfo(
      String name, String provisioner, String reclaimPolicy, List<String> mountOptions) {
    static ClassInfo of(StorageClass c) {
      return new ClassInfo(
          c.metadata().name(),
          c.provisioner(),
          c.reclaimPolicy() == null ? StorageClass.DELETE : c.reclaimPolicy(),
          c.mountOptions());
    }
  }

  /** {@return how the claim's class provisions: its object, or the simulated defaults} */
  ClassInfo classOf(PersistentVolumeClaim claim) {
    String name = VolumeUtil.claimClass(claim);
    Optional<StorageClass> c = api.find(StorageClass.class, null, name);
    return c.map(ClassInfo::of)
        .orElse(new ClassInfo(name, SIMULATED_PROVISIONER, StorageClass.DELETE, List.of()));
  }

  /** provisionClaim: in-tree here, external through the claim's provisioner annotation. */
  void provisionClaim(PersistentVolumeClaim claim) {
    ClassInfo cls = classOf(claim);
    String provisioner = cls.provisioner() == null ? "" : cls.provisioner();
    if (!provisioner.startsWith("kubernetes.io/")) {
      PersistentVolumeClaim c = setClaimProvisioner(claim, provisioner);
      recorder.event(
          c,
          Event.TYPE_NORMAL,
          "ExternalProvisioning",
          "Waiting for a volume to be created either by the external provisioner '"
              + provisioner
              + "' or manually by the system administrator. If volume creation is delayed, please"
              + " verify that the provisioner is running and correctly registered.");
      return;
    }
    if (VolumeUtil.NOT_SUPPORTED_PROVISIONER.equals(provisioner)) {
      recorder.event(
          claim,
          Event.TYPE_WARNING,
          "ProvisioningFailed",
          "no volume plugin matched name: " + provisioner);
      return;
    }
    // provisionClaimOperation: an in-tree plugin provisions and the controller creates the PV
    PersistentVolumeClaim c = setClaimProvisioner(claim, provisioner);
    String pvName = VolumeUtil.provisionedVolumeName(c);
    if (api.find(PersistentVolume.class, null, pvName).isPresent()) return; // provisioned before
    PersistentVolume pv = newVolume(c, cls, provisioner);
    pv = pv.withMetadata(pv.metadata().withAnnotation(VolumeUtil.ANN_BOUND_BY_CONTROLLER, "yes"));
    try {
      api.create(pv);
    } catch (ApiException.AlreadyExists e) {
      return;
    }
    recorder.event(
        c,
        Event.TYPE_NORMAL,
        "ProvisioningSucceeded",
        "Successfully provisioned volume " + pvName + " using " + provisioner);
  }

  // setClaimProvisioner: both provisioner annotations, so that the provisioner knows to start
  private PersistentVolumeClaim setClaimProvisioner(PersistentVolumeClaim claim, String name) {
    if (name.equals(claim.metadata().annotation(VolumeUtil.ANN_STORAGE_PROVISIONER))) return claim;
    ObjectMeta m =
        claim
            .metadata()
            .withAnnotation(VolumeUtil.ANN_BETA_STORAGE_PROVISIONER, name)
            .withAnnotation(VolumeUtil.ANN_STORAGE_PROVISIONER, name);
    return api.update(claim.withMetadata(m));
  }

  // a CSI driver name is a DNS-1123 subdomain of at most 63 characters (ValidateCSIDriverName)
  private static final java.util.regex.Pattern CSI_DRIVER =
      java.util.regex.Pattern.compile(
          "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private static boolean isCsiDriverName(String name) {
    return name.length() <= 63 && CSI_DRIVER.matcher(name).matches();
  }

  private static CSIPersistentVolumeSource csi(String provisioner, String pvName) {
    return isCsiDriverName(provisioner)
        ? new CSIPersistentVolumeSource(provisioner, pvName, null, null, null)
        : null;
  }

  // a provisioner that cannot be a CSI driver (e.g. "kubemu.io/simulated-provisioner" or an
  // nfs-subdir provisioner) gets an NFS export, as the NFS provisioners of the seed's class make
  private static NFSVolumeSource nfs(String provisioner, String pvName) {
    return isCsiDriverName(provisioner)
        ? null
        : new NFSVolumeSource(NFS_SERVER, "/exports/" + pvName, null);
  }

  /** The NFS server of volumes whose provisioner is not a CSI driver. */
  static final String NFS_SERVER = "nfs.kubemu.local";

  /** {@return the PV a provisioner makes for the claim} */
  static PersistentVolume newVolume(
      PersistentVolumeClaim claim, ClassInfo cls, String provisionerName) {
    String pvName = VolumeUtil.provisionedVolumeName(claim);
    Quantity size = VolumeUtil.requestedStorage(claim);
    var cspec = VolumeUtil.spec(claim);
    PersistentVolumeSpec spec =
        new PersistentVolumeSpec(
            Map.of(VolumeUtil.STORAGE, size),
            null,
            nfs(provisionerName, pvName),
            null,
            csi(provisionerName, pvName),
            cspec.accessModes(),
            VolumeUtil.claimRef(claim),
            cls.reclaimPolicy(),
            cls.name(),
            cls.mountOptions(),
            cspec.volumeMode() == null
                ? PersistentVolumeClaim.VOLUME_MODE_FILESYSTEM
                : cspec.volumeMode(),
            null);
    ObjectMeta meta =
        ObjectMeta.named(pvName)
            .withAnnotation(VolumeUtil.ANN_DYNAMICALLY_PROVISIONED, provisionerName);
    return new PersistentVolume(meta, spec, null);
  }
}
