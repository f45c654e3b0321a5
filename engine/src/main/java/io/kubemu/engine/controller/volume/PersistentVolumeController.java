package io.kubemu.engine.controller.volume;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.WatchEvent;
import io.kubemu.engine.controller.Controller;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.WorkQueue;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import io.kubemu.model.storage.StorageClass;
import java.time.Duration;
import java.util.Objects;

/**
 * The PersistentVolume binder of kube-controller-manager (upstream pv_controller_base.go and
 * pv_controller.go), with kubemu's simulated provisioners (see {@link Provisioner}): binds claims
 * to matching static volumes (smallest sufficient; see {@link VolumeIndex}) or to volumes
 * provisioned for them, keeps claim phases (Pending, Bound, Lost) and volume phases (Pending,
 * Available, Bound, Released, Failed), and reclaims released volumes. Events come from {@value
 * #COMPONENT}.
 *
 * <p>For a WaitForFirstConsumer class it also does the scheduler's part of volume binding: once a
 * pod using the claim has a node, a matching static volume is bound to the claim or the claim is
 * annotated with the node ({@code volume.kubernetes.io/selected-node}), which starts provisioning.
 *
 * <p>The PV's files live in the {@link VolumeFilesystems} given (dropped when the PV object goes).
 * Not thread-safe: runs on the loop.
 */
public final class PersistentVolumeController implements Controller {

  /** The controller's name in kube-controller-manager. */
  public static final String NAME = "persistentvolume-binder";

  /** The event source component. */
  public static final String COMPONENT = "persistentvolume-controller";

  /**
   * How often every claim and volume is synced again (--pvclaimbinder-sync-period, default 15s): a
   * claim waiting for a static volume created later binds at the next resync, as upstream.
   */
  public static final Duration RESYNC_PERIOD = Duration.ofSeconds(15);

  private final ApiServer api;
  private final EventLoop loop;
  private final VolumeFilesystems filesystems;
  private final ClaimSync claims;
  private final VolumeSync volumes;
  private final ExternalProvisioner external;
  private final WorkQueue claimQueue;
  private final WorkQueue volumeQueue;
  private final WorkQueue provisionQueue;

  /**
   * @param filesystems the cluster's volume contents, shared with the kubelets
   */
  public PersistentVolumeController(ControllerContext ctx, VolumeFilesystems filesystems) {
    this.api = ctx.api();
    this.loop = ctx.loop();
    this.filesystems = Objects.requireNonNull(filesystems);
    var recorder = ctx.events(COMPONENT);
    Provisioner provisioner = new Provisioner(api, recorder);
    this.claims = new ClaimSync(api, recorder, provisioner);
    this.claimQueue = ctx.queue("persistentvolume-claim", this::syncClaim);
    this.volumeQueue = ctx.queue("persistentvolume-volume", this::syncVolume);
    this.provisionQueue = ctx.queue("external-provisioner", this::provision);
    this.volumes = new VolumeSync(api, recorder, claimQueue::add, filesystems);
    this.external = new ExternalProvisioner(api, ctx.recorder(), provisioner);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** {@return the volume contents this controller keeps} */
  public VolumeFilesystems filesystems() {
    return filesystems;
  }

  @Override
  public void start() {
    api.watch(PersistentVolumeClaim.class, null, this::onClaim);
    api.watch(PersistentVolume.class, null, this::onVolume);
    api.watch(StorageClass.class, null, e -> onClass(e.object()));
    api.watch(Pod.class, null, e -> onPod(e.object()));
    loop.scheduleBackgroundAfter(RESYNC_PERIOD, NAME + " resync", this::resync);
  }

  // resync: every claim and volume again, then the next resync (a background task)
  private void resync() {
    for (PersistentVolumeClaim c : api.list(PersistentVolumeClaim.class)) {
      claimQueue.add(VolumeUtil.claimKey(c));
    }
    for (PersistentVolume v : api.list(PersistentVolume.class)) {
      volumeQueue.add(v.metadata().name());
    }
    loop.scheduleBackgroundAfter(RESYNC_PERIOD, NAME + " resync", this::resync);
  }

  private void onClaim(WatchEvent<PersistentVolumeClaim> e) {
    PersistentVolumeClaim claim = e.object();
    if (e.type() == WatchEvent.Type.DELETED) {
      // deleteClaim: the volume is to be released
      String v = VolumeUtil.spec(claim).volumeName();
      if (v != null && !v.isEmpty()) volumeQueue.add(v);
      return;
    }
    claimQueue.add(VolumeUtil.claimKey(claim));
    provisionQueue.add(VolumeUtil.claimKey(claim));
  }

  private void onVolume(WatchEvent<PersistentVolume> e) {
    PersistentVolume volume = e.object();
    if (e.type() == WatchEvent.Type.DELETED) {
      filesystems.remove(volume.metadata().name()); // the data goes with the volume
      ObjectReference ref = VolumeUtil.spec(volume).claimRef();
      if (ref != null) claimQueue.add(ref.namespace() + "/" + ref.name()); // may be Lost now
      return;
    }
    volumeQueue.add(volume.metadata().name());
  }

  // a class appearing or changing: the claims waiting on it try again
  private void onClass(StorageClass cls) {
    for (PersistentVolumeClaim c : api.list(PersistentVolumeClaim.class)) {
      if (!PersistentVolumeClaim.PHASE_BOUND.equals(VolumeUtil.phase(c))
          && cls.metadata().name().equals(VolumeUtil.claimClass(c))) {
        claimQueue.add(VolumeUtil.claimKey(c));
      }
    }
  }

  // the scheduler's PreBind for delayed binding: a scheduled pod's waiting claims get a volume
  private void onPod(Pod pod) {
    if (pod.spec() == null || pod.spec().nodeName() == null || pod.spec().nodeName().isEmpty()) {
      return;
    }
    if (pod.metadata().deletionTimestamp() != null) return;
    for (Volume v : pod.spec().volumes()) {
      if (v.persistentVolumeClaim() == null) continue;
      api.find(
              PersistentVolumeClaim.class,
              pod.metadata().namespace(),
              v.persistentVolumeClaim().claimName())
          .ifPresent(c -> bindDelayed(c, pod.spec().nodeName()));
    }
  }

  private void bindDelayed(PersistentVolumeClaim claim, String node) {
    String volumeName = VolumeUtil.spec(claim).volumeName();
    if (volumeName != null && !volumeName.isEmpty()) return;
    if (!claims.isDelayBindingMode(claim)) return;
    if (claim.metadata().annotation(VolumeUtil.ANN_SELECTED_NODE) != null) return;
    PersistentVolume match =
        VolumeIndex.findBestMatchForClaim(claim, api.list(PersistentVolume.class), false);
    if (match != null) {
      VolumeSync.bindVolumeToClaim(api, match, claim); // the claim sync completes the binding
      return;
    }
    api.update(
        claim.withMetadata(claim.metadata().withAnnotation(VolumeUtil.ANN_SELECTED_NODE, node)));
  }

  private void syncClaim(String key) {
    int slash = key.indexOf('/');
    api.find(PersistentVolumeClaim.class, key.substring(0, slash), key.substring(slash + 1))
        .ifPresent(claims::syncClaim);
  }

  private void syncVolume(String name) {
    api.find(PersistentVolume.class, null, name).ifPresent(volumes::syncVolume);
  }

  private void provision(String key) {
    int slash = key.indexOf('/');
    api.find(PersistentVolumeClaim.class, key.substring(0, slash), key.substring(slash + 1))
        .ifPresent(external::syncClaim);
  }
}
