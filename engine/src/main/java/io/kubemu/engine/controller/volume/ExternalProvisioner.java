package io.kubemu.engine.controller.volume;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.storage.StorageClass;

/**
 * kubemu's stand-in for every external (CSI) provisioner (sig-storage-lib-external-provisioner's
 * provisionClaimOperation): a claim annotated {@code volume.kubernetes.io/storage-provisioner} with
 * a provisioner that is not in-tree, still unbound and not being deleted (and, for a
 * WaitForFirstConsumer class, with a selected node) gets its PV {@code pvc-<uid>} at once. Events
 * on the claim come from the provisioner's name: {@code Provisioning} "External provisioner is
 * provisioning volume for claim \"ns/name\"", then {@code ProvisioningSucceeded} "Successfully
 * provisioned volume pvc-...". Not thread-safe.
 */
final class ExternalProvisioner {

  private final ApiServer api;
  private final EventRecorder recorder;
  private final Provisioner provisioner;

  ExternalProvisioner(ApiServer api, EventRecorder recorder, Provisioner provisioner) {
    this.api = api;
    this.recorder = recorder;
    this.provisioner = provisioner;
  }

  /** Provisions the claim if it is waiting for an external provisioner. */
  void syncClaim(PersistentVolumeClaim claim) {
    String name = claim.metadata().annotation(VolumeUtil.ANN_STORAGE_PROVISIONER);
    if (name == null || name.startsWith("kubernetes.io/")) return;
    String volumeName = VolumeUtil.spec(claim).volumeName();
    if (volumeName != null && !volumeName.isEmpty()) return; // shouldProvision: not bound
    if (claim.metadata().deletionTimestamp() != null) return;
    Provisioner.ClassInfo cls = provisioner.classOf(claim);
    if (!name.equals(cls.provisioner())) return; // another provisioner's claim
    boolean waitForConsumer =
        api.find(StorageClass.class, null, cls.name())
            .map(c -> StorageClass.WAIT_FOR_FIRST_CONSUMER.equals(c.volumeBindingMode()))
            .orElse(false);
    if (waitForConsumer && claim.metadata().annotation(VolumeUtil.ANN_SELECTED_NODE) == null) {
      return;
    }
    String pvName = VolumeUtil.provisionedVolumeName(claim);
    if (api.find(PersistentVolume.class, null, pvName).isPresent()) return;
    var events = recorder.forComponent(name, null);
    events.event(
        claim,
        Event.TYPE_NORMAL,
        "Provisioning",
        "External provisioner is provisioning volume for claim \""
            + VolumeUtil.claimKey(claim)
            + "\"");
    try {
      api.create(Provisioner.newVolume(claim, cls, name));
    } catch (ApiException.AlreadyExists e) {
      return;
    }
    events.event(
        claim,
        Event.TYPE_NORMAL,
        "ProvisioningSucceeded",
        "Successfully provisioned volume " + pvName);
  }
}
