package io.kubemu.engine.controller.volume;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.PersistentVolumeStatus;
import io.kubemu.model.meta.ObjectMeta;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The volume half of upstream pv_controller.go: syncVolume, reclaimVolume, unbindVolume and the
 * volume writes bind uses. Reclaim policies: Retain leaves a Released volume alone; Delete removes
 * a provisioned (or CSI) volume, and fails with upstream's message for a static volume kubemu has
 * no deleter for; Recycle wipes the volume's files and makes it Available again. Not thread-safe.
 */
final class VolumeSync {

  private final ApiServer api;
  private final EventRecorder.ComponentRecorder recorder;
  private final Consumer<String> enqueueClaim;
  private final VolumeFilesystems filesystems;

  VolumeSync(
      ApiServer api,
      EventRecorder.ComponentRecorder recorder,
      Consumer<String> enqueueClaim,
      VolumeFilesystems filesystems) {
    this.api = api;
    this.recorder = recorder;
    this.enqueueClaim = enqueueClaim;
    this.filesystems = filesystems;
  }

  /** syncVolume. */
  void syncVolume(PersistentVolume volume) {
    ObjectReference ref = VolumeUtil.spec(volume).claimRef();
    if (ref == null || ref.uid() == null || ref.uid().isEmpty()) {
      // unused, or reserved for a claim that has not bound yet: the claim sync handles it
      updateVolumePhase(api, volume, PersistentVolume.PHASE_AVAILABLE, null);
      return;
    }
    PersistentVolumeClaim claim =
        api.find(PersistentVolumeClaim.class, ref.namespace(), ref.name())
            .filter(c -> Objects.equals(c.metadata().uid(), ref.uid()))
            .orElse(null); // another claim of the same name is not ours
    String phase = VolumeUtil.phase(volume);
    if (claim == null) {
      // the claim was deleted: release, then reclaim
      PersistentVolume v = volume;
      if (!PersistentVolume.PHASE_RELEASED.equals(phase)
          && !PersistentVolume.PHASE_FAILED.equals(phase)) {
        v = updateVolumePhase(api, v, PersistentVolume.PHASE_RELEASED, null);
      }
      reclaimVolume(v);
      return;
    }
    String claimVolume = VolumeUtil.spec(claim).volumeName();
    if (claimVolume == null || claimVolume.isEmpty()) {
      enqueueClaim.accept(VolumeUtil.claimKey(claim)); // the claim sync finishes the binding
    } else if (claimVolume.equals(volume.metadata().name())) {
      updateVolumePhase(api, volume, PersistentVolume.PHASE_BOUND, null);
    } else if (volume.metadata().annotation(VolumeUtil.ANN_DYNAMICALLY_PROVISIONED) != null
        && PersistentVolume.RECLAIM_DELETE.equals(reclaimPolicy(volume))) {
      // provisioned for a claim that got bound elsewhere: not needed
      PersistentVolume v = volume;
      if (!PersistentVolume.PHASE_RELEASED.equals(phase)
          && !PersistentVolume.PHASE_FAILED.equals(phase)) {
        v = updateVolumePhase(api, v, PersistentVolume.PHASE_RELEASED, null);
      }
      reclaimVolume(v);
    } else {
      unbindVolume(volume);
    }
  }

  private static String reclaimPolicy(PersistentVolume volume) {
    String p = VolumeUtil.spec(volume).persistentVolumeReclaimPolicy();
    return p == null ? PersistentVolume.RECLAIM_RETAIN : p;
  }

  /** reclaimVolume: what the reclaim policy says once the claim is gone. */
  private void reclaimVolume(PersistentVolume volume) {
    switch (reclaimPolicy(volume)) {
      case PersistentVolume.RECLAIM_DELETE -> deleteVolume(volume);
      case PersistentVolume.RECLAIM_RECYCLE -> {
        filesystems.remove(volume.metadata().name()); // scrubbed: the next mount is empty
        recorder.event(volume, Event.TYPE_NORMAL, "VolumeRecycled", "Volume recycled");
        unbindVolume(volume);
      }
      default -> {} // Retain: the administrator deals with it
    }
  }

  // deleteVolumeOperation: provisioned and CSI volumes go; others have no deleter in kubemu
  private void deleteVolume(PersistentVolume volume) {
    boolean deletable =
        volume.metadata().annotation(VolumeUtil.ANN_DYNAMICALLY_PROVISIONED) != null
            || VolumeUtil.spec(volume).csi() != null;
    if (!deletable) {
      String msg =
          "error getting deleter volume plugin for volume \""
              + volume.metadata().name()
              + "\": no deletable volume plugin matched";
      if (!PersistentVolume.PHASE_FAILED.equals(VolumeUtil.phase(volume))) {
        recorder.event(volume, Event.TYPE_WARNING, "VolumeFailedDelete", msg);
        updateVolumePhase(api, volume, PersistentVolume.PHASE_FAILED, msg);
      }
      return;
    }
    try {
      api.delete(PersistentVolume.class, null, volume.metadata().name());
    } catch (ApiException.NotFound e) {
      // already gone
    }
  }

  /**
   * unbindVolume: a binding the controller made is removed (claimRef and AnnBoundByController); a
   * user's pre-binding only loses the claim's uid. Then the volume is Available.
   */
  void unbindVolume(PersistentVolume volume) {
    ObjectMeta m = volume.metadata();
    var spec = VolumeUtil.spec(volume);
    PersistentVolume clone;
    if (m.annotation(VolumeUtil.ANN_BOUND_BY_CONTROLLER) != null) {
      clone =
          volume
              .withMetadata(m.withAnnotation(VolumeUtil.ANN_BOUND_BY_CONTROLLER, null))
              .withSpec(spec.withClaimRef(null));
    } else {
      ObjectReference r = spec.claimRef();
      clone =
          volume.withSpec(
              spec.withClaimRef(
                  new ObjectReference(
                      r.kind(),
                      r.namespace(),
                      r.name(),
                      "",
                      r.apiVersion(),
                      r.resourceVersion(),
                      r.fieldPath())));
    }
    updateVolumePhase(api, api.update(clone), PersistentVolume.PHASE_AVAILABLE, null);
  }

  /**
   * bindVolumeToClaim (GetBindVolumeToClaim): claimRef set to the claim, AnnBoundByController when
   * the volume was not already pre-bound to it; {@return the stored volume}
   */
  static PersistentVolume bindVolumeToClaim(
      ApiServer api, PersistentVolume volume, PersistentVolumeClaim claim) {
    boolean shouldSetBoundByController = !VolumeUtil.isVolumeBoundToClaim(volume, claim);
    var spec = VolumeUtil.spec(volume);
    ObjectReference ref = spec.claimRef();
    boolean dirty = false;
    PersistentVolume clone = volume;
    if (ref == null
        || !Objects.equals(ref.name(), claim.metadata().name())
        || !Objects.equals(ref.namespace(), claim.metadata().namespace())
        || !Objects.equals(ref.uid(), claim.metadata().uid())) {
      clone = clone.withSpec(spec.withClaimRef(VolumeUtil.claimRef(claim)));
      dirty = true;
    }
    if (shouldSetBoundByController
        && clone.metadata().annotation(VolumeUtil.ANN_BOUND_BY_CONTROLLER) == null) {
      clone =
          clone.withMetadata(
              clone.metadata().withAnnotation(VolumeUtil.ANN_BOUND_BY_CONTROLLER, "yes"));
      dirty = true;
    }
    return dirty ? api.update(clone) : volume;
  }

  /**
   * updateVolumePhase: the phase (and message), with lastPhaseTransitionTime now
   * (PersistentVolumeLastPhaseTransitionTime, beta in v1.30); nothing when the phase is already so.
   * {@return the stored volume}
   */
  static PersistentVolume updateVolumePhase(
      ApiServer api, PersistentVolume volume, String phase, String message) {
    if (volume.status() != null && phase.equals(volume.status().phase())) return volume;
    PersistentVolumeStatus s =
        new PersistentVolumeStatus(
            phase,
            message,
            volume.status() == null ? null : volume.status().reason(),
            api.clock().instant());
    return api.updateStatus(volume.withStatus(s));
  }
}
