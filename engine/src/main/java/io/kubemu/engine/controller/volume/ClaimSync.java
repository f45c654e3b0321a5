package io.kubemu.engine.controller.volume;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.Quantity;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeClaimStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import io.kubemu.model.storage.StorageClass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claim half of upstream pv_controller.go: syncClaim, syncUnboundClaim, syncBoundClaim and
 * bind. Not thread-safe: runs on the loop.
 */
final class ClaimSync {

  private final ApiServer api;
  private final EventRecorder.ComponentRecorder recorder;
  private final Provisioner provisioner;

  ClaimSync(ApiServer api, EventRecorder.ComponentRecorder recorder, Provisioner provisioner) {
    this.api = api;
    this.recorder = recorder;
    this.provisioner = provisioner;
  }

  /** syncClaim: a claim that never completed binding, or one that did. */
  void syncClaim(PersistentVolumeClaim claim) {
    if (claim.metadata().annotation(VolumeUtil.ANN_BIND_COMPLETED) == null) {
      syncUnboundClaim(claim);
    } else {
      syncBoundClaim(claim);
    }
  }

  private void syncUnboundClaim(PersistentVolumeClaim claim) {
    String volumeName = VolumeUtil.spec(claim).volumeName();
    if (volumeName == null || volumeName.isEmpty()) {
      boolean delayBinding = isDelayBindingMode(claim);
      PersistentVolume volume =
          VolumeIndex.findBestMatchForClaim(claim, api.list(PersistentVolume.class), delayBinding);
      if (volume != null) {
        bind(volume, claim);
        return;
      }
      if (assignDefaultStorageClass(claim)) return; // RetroactiveDefaultStorageClass
      if (delayBinding && claim.metadata().annotation(VolumeUtil.ANN_SELECTED_NODE) == null) {
        emitEventForUnboundDelayBindingClaim(claim);
      } else if (!VolumeUtil.claimClass(claim).isEmpty()) {
        provisioner.provisionClaim(claim); // binding continues when the volume shows up
        return;
      } else {
        recorder.event(
            claim,
            Event.TYPE_NORMAL,
            "FailedBinding",
            "no persistent volumes available for this claim and no storage class is set");
      }
      updateClaimStatus(claim, PersistentVolumeClaim.PHASE_PENDING, null);
      return;
    }
    // the claim asks for a particular volume
    Optional<PersistentVolume> found = api.find(PersistentVolume.class, null, volumeName);
    if (found.isEmpty()) {
      updateClaimStatus(claim, PersistentVolumeClaim.PHASE_PENDING, null); // not there yet
      return;
    }
    PersistentVolume volume = found.get();
    if (VolumeUtil.spec(volume).claimRef() == null) {
      String mismatch = checkVolumeSatisfyClaim(volume, claim);
      if (mismatch != null) {
        recorder.event(
            claim,
            Event.TYPE_WARNING,
            "VolumeMismatch",
            "Cannot bind to requested volume \"" + volumeName + "\": " + mismatch);
        updateClaimStatus(claim, PersistentVolumeClaim.PHASE_PENDING, null);
        return;
      }
      bind(volume, claim);
    } else if (VolumeUtil.isVolumeBoundToClaim(volume, claim)) {
      bind(volume, claim); // finish the binding
    } else if (claim.metadata().annotation(VolumeUtil.ANN_BOUND_BY_CONTROLLER) == null) {
      recorder.event(
          claim,
          Event.TYPE_WARNING,
          "FailedBinding",
          "volume \"" + volumeName + "\" already bound to a different claim.");
      updateClaimStatus(claim, PersistentVolumeClaim.PHASE_PENDING, null);
    }
    // else: the controller bound the claim to a volume claimed by another; the volume sync fixes it
  }

  /** checkVolumeSatisfyClaim: {@return why the volume cannot serve the claim, or null} */
  static String checkVolumeSatisfyClaim(PersistentVolume volume, PersistentVolumeClaim claim) {
    if (volume.metadata().deletionTimestamp() != null) {
      return "the volume is marked for deletion \"" + volume.metadata().name() + "\"";
    }
    if (VolumeUtil.capacity(volume).value() < VolumeUtil.requestedStorage(claim).value()) {
      return "requested PV is too small";
    }
    if (!VolumeUtil.volumeClass(volume).equals(VolumeUtil.claimClass(claim))) {
      return "storageClassName does not match";
    }
    if (VolumeUtil.checkVolumeModeMismatches(VolumeUtil.spec(claim), VolumeUtil.spec(volume))) {
      return "incompatible volumeMode";
    }
    if (!VolumeUtil.checkAccessModes(claim, volume)) return "incompatible accessMode";
    return null;
  }

  private void syncBoundClaim(PersistentVolumeClaim claim) {
    String volumeName = VolumeUtil.spec(claim).volumeName();
    if (volumeName == null || volumeName.isEmpty()) {
      lost(
          claim,
          "ClaimLost",
          "Bound claim has lost reference to PersistentVolume. Data on the volume is lost!");
      return;
    }
    Optional<PersistentVolume> found = api.find(PersistentVolume.class, null, volumeName);
    if (found.isEmpty()) {
      lost(
          claim,
          "ClaimLost",
          "Bound claim has lost its PersistentVolume. Data on the volume is lost!");
      return;
    }
    PersistentVolume volume = found.get();
    var ref = VolumeUtil.spec(volume).claimRef();
    if (ref == null || Objects.equals(ref.uid(), claim.metadata().uid())) {
      bind(volume, claim); // re-bind, or nothing to do when all is set
    } else {
      lost(
          claim,
          "ClaimMisbound",
          "Two claims are bound to the same volume, this one is bound incorrectly");
    }
  }

  // updateClaimStatusWithEvent: the event only when the phase changes
  private void lost(PersistentVolumeClaim claim, String reason, String message) {
    if (PersistentVolumeClaim.PHASE_LOST.equals(VolumeUtil.phase(claim))) return;
    updateClaimStatus(claim, PersistentVolumeClaim.PHASE_LOST, null);
    recorder.event(claim, Event.TYPE_WARNING, reason, message);
  }

  /**
   * bind: the volume's claimRef (AnnBoundByController when the controller made it), the volume
   * Bound, the claim's volumeName with AnnBindCompleted, the claim Bound with the volume's access
   * modes and capacity.
   */
  void bind(PersistentVolume volume, PersistentVolumeClaim claim) {
    PersistentVolume v = VolumeSync.bindVolumeToClaim(api, volume, claim);
    VolumeSync.updateVolumePhase(api, v, PersistentVolume.PHASE_BOUND, null);
    PersistentVolumeClaim c = bindClaimToVolume(claim, v);
    updateClaimStatus(c, PersistentVolumeClaim.PHASE_BOUND, v);
  }

  private PersistentVolumeClaim bindClaimToVolume(PersistentVolumeClaim claim, PersistentVolume v) {
    var meta = claim.metadata();
    var spec = VolumeUtil.spec(claim);
    boolean dirty = false;
    if (!v.metadata().name().equals(spec.volumeName())) {
      spec = spec.withVolumeName(v.metadata().name());
      if (meta.annotation(VolumeUtil.ANN_BOUND_BY_CONTROLLER) == null) {
        meta = meta.withAnnotation(VolumeUtil.ANN_BOUND_BY_CONTROLLER, "yes");
      }
      dirty = true;
    }
    if (meta.annotation(VolumeUtil.ANN_BIND_COMPLETED) == null) {
      meta = meta.withAnnotation(VolumeUtil.ANN_BIND_COMPLETED, "yes");
      dirty = true;
    }
    return dirty ? api.update(claim.withMetadata(meta).withSpec(spec)) : claim;
  }

  /**
   * updateClaimStatus: the phase, and the volume's access modes and storage capacity (cleared when
   * there is no volume); written only if something changed.
   */
  void updateClaimStatus(PersistentVolumeClaim claim, String phase, PersistentVolume volume) {
    PersistentVolumeClaimStatus s =
        claim.status() == null ? PersistentVolumeClaimStatus.EMPTY : claim.status();
    PersistentVolumeClaimStatus out = s.withPhase(phase);
    if (volume == null) {
      out = out.withAccessModes(List.of()).withCapacity(Map.of());
    } else {
      out = out.withAccessModes(VolumeUtil.spec(volume).accessModes());
      Quantity cap = VolumeUtil.spec(volume).capacity().get(VolumeUtil.STORAGE);
      out = out.withCapacity(cap == null ? Map.of() : Map.of(VolumeUtil.STORAGE, cap));
    }
    if (!out.equals(claim.status())) api.updateStatus(claim.withStatus(out));
  }

  /** IsDelayBindingMode: the claim's class exists and binds on first consumer. */
  boolean isDelayBindingMode(PersistentVolumeClaim claim) {
    String cls = VolumeUtil.claimClass(claim);
    if (cls.isEmpty()) return false;
    return api.find(StorageClass.class, null, cls)
        .map(c -> StorageClass.WAIT_FOR_FIRST_CONSUMER.equals(c.volumeBindingMode()))
        .orElse(false);
  }

  // emitEventForUnboundDelayBindingClaim: WaitForFirstConsumer, or WaitForPodScheduled naming pods
  private void emitEventForUnboundDelayBindingClaim(PersistentVolumeClaim claim) {
    List<String> pods = new ArrayList<>();
    for (Pod p : api.list(Pod.class, claim.metadata().namespace())) {
      boolean scheduled = p.spec() != null && p.spec().nodeName() != null;
      if (!scheduled && usesClaim(p, claim.metadata().name())) pods.add(p.metadata().name());
    }
    if (pods.isEmpty()) {
      recorder.event(
          claim,
          Event.TYPE_NORMAL,
          "WaitForFirstConsumer",
          "waiting for first consumer to be created before binding");
    } else {
      recorder.event(
          claim,
          Event.TYPE_NORMAL,
          "WaitForPodScheduled",
          pods.size() == 1
              ? "waiting for pod " + pods.get(0) + " to be scheduled"
              : "waiting for pods " + String.join(",", pods) + " to be scheduled");
    }
  }

  static boolean usesClaim(Pod pod, String claimName) {
    if (pod.spec() == null) return false;
    for (Volume v : pod.spec().volumes()) {
      if (v.persistentVolumeClaim() != null
          && claimName.equals(v.persistentVolumeClaim().claimName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * assignDefaultStorageClass (RetroactiveDefaultStorageClass, GA in v1.28): a claim with no class
   * at all (not "") gets the default class, the newest when several are marked default.
   */
  private boolean assignDefaultStorageClass(PersistentVolumeClaim claim) {
    if (VolumeUtil.spec(claim).storageClassName() != null
        || claim.metadata().annotation(VolumeUtil.BETA_STORAGE_CLASS_ANNOTATION) != null) {
      return false;
    }
    Optional<StorageClass> def =
        api.list(StorageClass.class).stream()
            .filter(
                c ->
                    "true"
                        .equals(c.metadata().annotation(StorageClass.IS_DEFAULT_CLASS_ANNOTATION)))
            .max(
                Comparator.comparing(
                        (StorageClass c) -> c.metadata().creationTimestamp(),
                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
                    .thenComparing(c -> c.metadata().name()));
    if (def.isEmpty()) return false;
    api.update(
        claim.withSpec(VolumeUtil.spec(claim).withStorageClassName(def.get().metadata().name())));
    return true;
  }
}
