package io.kubemu.engine.kubelet;

import io.kubemu.engine.api.admission.PodDefaults;
import io.kubemu.engine.controller.volume.PodVolumes;
import io.kubemu.engine.controller.volume.VolumeUtil;
import io.kubemu.engine.runtime.PodSandbox;
import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import io.kubemu.engine.time.TaskHandle;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.core.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pod's worker on a kubelet (pkg/kubelet/pod_workers.go with kubelet.go SyncPod,
 * SyncTerminatingPod and SyncTerminatedPod): syncs run one at a time, each on a snapshot of the
 * runtime; a sync that waits (an image pull, a hook, a grace period) holds the worker, and requests
 * arriving meanwhile run once it is done. A sync that changed the runtime is followed by another
 * one (as the pod lifecycle event generator would trigger), which writes the new status.
 *
 * <p>Lifecycle: syncing until the pod is deleted or reaches a terminal phase; terminating (probes
 * stop, containers are killed with the pod's grace period in parallel, the sandbox stops, the final
 * status is written and a deleted pod removed); terminated.
 */
final class PodWorker {

  enum State {
    SYNCING,
    TERMINATING,
    TERMINATED
  }

  private final Kubelet k;
  private final String uid;
  private final String description;
  private Pod pod;
  private Pod raw;
  private State state = State.SYNCING;
  private boolean busy;
  private boolean pending;
  private boolean changed;
  private boolean syncError;
  private TaskHandle syncTask;
  private TaskHandle retryTask;
  private TaskHandle deadlineTask;
  private TaskHandle mountTimeout;
  private boolean probesAdded;
  private boolean deadlineRecorded;
  private long gracePeriod;
  private boolean orphaned;

  PodWorker(Kubelet k, Pod pod) {
    this.k = k;
    this.uid = pod.metadata().uid();
    this.pod = defaulted(pod);
    this.raw = pod;
    this.description =
        "kubelet "
            + k.nodeName
            + ": sync pod "
            + pod.metadata().namespace()
            + "/"
            + pod.metadata().name();
  }

  /** The pod with the API server's defaults applied (the kubelet works on defaulted pods). */
  private static Pod defaulted(Pod p) {
    Pod d = PodDefaults.pod(p);
    PodSpec s = d.spec();
    if (s.restartPolicy() == null) s = s.withRestartPolicy(Pod.RESTART_ALWAYS);
    if (s.terminationGracePeriodSeconds() == null) {
      s = s.withTerminationGracePeriodSeconds(PodSpec.DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS);
    }
    return s == d.spec() ? d : d.withSpec(s);
  }

  Pod pod() {
    return pod;
  }

  /** {@return the pod as the API server last sent it} */
  Pod raw() {
    return raw;
  }

  State state() {
    return state;
  }

  PodSandbox sandbox() {
    return k.runtime.sandbox(uid).orElse(null);
  }

  // ================================================================ inputs

  /** A new version of the pod from the API server (UpdatePod). */
  void update(Pod p) {
    raw = p;
    pod = defaulted(p);
    if (state == State.SYNCING && p.metadata().deletionTimestamp() != null) {
      beginTermination(effectiveGracePeriod());
    } else if (state == State.TERMINATING && p.metadata().deletionTimestamp() != null) {
      long g = effectiveGracePeriod();
      if (g < gracePeriod) {
        gracePeriod = g;
        PodSandbox sb = sandbox();
        if (sb != null) {
          for (RuntimeContainer c : sb.running()) {
            k.runtime.stopContainer(
                c, Math.max(g, ContainerKiller.MINIMUM_GRACE_PERIOD_SECONDS), () -> {});
          }
        }
      }
    }
    requestSync();
  }

  /** The pod is gone from the API server (force-deleted, or removed after termination). */
  void removed() {
    orphaned = true;
    if (state == State.SYNCING) beginTermination(effectiveGracePeriod());
    if (state == State.TERMINATED) cleanup();
    else requestSync();
  }

  /** The node stops: every container is killed at once; nothing more is reported. */
  void stopNode() {
    orphaned = true;
    cancelTimers();
    PodSandbox sb = sandbox();
    if (sb != null) {
      for (RuntimeContainer c : sb.running()) k.runtime.kill(c, 137, null);
    }
    state = State.TERMINATED;
  }

  // calculateEffectiveGracePeriod
  private long effectiveGracePeriod() {
    long g = 0;
    if (pod.metadata().deletionGracePeriodSeconds() != null)
      g = pod.metadata().deletionGracePeriodSeconds();
    if (g == 0 && pod.spec().terminationGracePeriodSeconds() != null) {
      g = pod.spec().terminationGracePeriodSeconds();
    }
    return Math.max(g, 1);
  }

  private void beginTermination(long grace) {
    state = State.TERMINATING;
    gracePeriod = grace;
    if (retryTask != null) retryTask.cancel();
    if (deadlineTask != null) deadlineTask.cancel();
  }

  /** Asks for a sync now (deduplicated; after the running one if busy). */
  void requestSync() {
    if (state == State.TERMINATED && !orphaned) return;
    if (busy) {
      pending = true;
      return;
    }
    if (syncTask != null) return;
    syncTask = k.loop.schedule(k.loop.now(), description, this::runSync);
  }

  /** Asks for a sync after {@code delay} (the relist that shows ImagePullBackOff). */
  void resyncAfter(Duration delay) {
    k.loop.schedule(k.loop.now().plus(delay), description + " (relist)", this::requestSync);
  }

  /** Asks for a sync at {@code at}, when a back-off ends (background: steady state). */
  void retryAt(Instant at) {
    if (retryTask != null && !retryTask.isDone() && !retryTask.isCancelled()) {
      if (!at.isBefore(retryTask.time())) return;
      retryTask.cancel();
    }
    retryTask = k.loop.scheduleBackground(at, description + " (back-off ends)", this::requestSync);
  }

  /** Notes that this sync changed the runtime (another sync will follow it). */
  void runtimeChanged() {
    changed = true;
  }

  private void cancelTimers() {
    if (syncTask != null) syncTask.cancel();
    if (retryTask != null) retryTask.cancel();
    if (deadlineTask != null) deadlineTask.cancel();
    if (mountTimeout != null) mountTimeout.cancel();
    syncTask = null;
    mountTimeout = null;
  }

  // ================================================================ syncs

  private void runSync() {
    syncTask = null;
    if (k.stopped) return;
    busy = true;
    pending = false;
    changed = false;
    syncError = false;
    switch (state) {
      case SYNCING -> syncPod();
      case TERMINATING -> syncTerminatingPod();
      case TERMINATED -> {
        if (orphaned) cleanup();
        done();
      }
    }
  }

  /**
   * workerBackOffPeriod: a sync that failed (a container in back-off, a failed pull, a missing
   * ConfigMap...) is retried after 10 s (upstream adds up to 50% jitter; kubemu none).
   */
  static final Duration WORKER_BACK_OFF_PERIOD = Duration.ofSeconds(10);

  private void done() {
    busy = false;
    if (syncError && state == State.SYNCING) retryAt(k.loop.now().plus(WORKER_BACK_OFF_PERIOD));
    syncError = false;
    if (pending || changed) requestSync();
  }

  /** Notes that a container failed to start in this sync. */
  void syncFailed() {
    syncError = true;
  }

  private boolean couldHaveRunningContainers() {
    PodSandbox sb = sandbox();
    return sb != null && !sb.running().isEmpty();
  }

  private void setStatus(PodStatus status, boolean finished) {
    k.statuses.setPodStatus(pod, status, couldHaveRunningContainers(), finished);
    k.probes.refresh(uid);
  }

  // activeDeadlineHandler.pastActiveDeadline
  private boolean pastActiveDeadline() {
    Long ads = pod.spec().activeDeadlineSeconds();
    if (ads == null) return false;
    Instant start = k.statuses.get(uid).map(PodStatus::startTime).orElse(null);
    if (start == null && pod.status() != null) start = pod.status().startTime();
    if (start == null) return false;
    return !Duration.between(start, k.loop.now()).minusSeconds(ads).isNegative();
  }

  private void scheduleDeadline() {
    Long ads = pod.spec().activeDeadlineSeconds();
    if (ads == null || deadlineTask != null) return;
    Instant start = k.statuses.get(uid).map(PodStatus::startTime).orElse(null);
    if (start == null) return;
    deadlineTask =
        k.loop.scheduleBackground(
            start.plusSeconds(ads), description + " (active deadline)", this::requestSync);
  }

  // SyncPod
  private void syncPod() {
    PodRuntimeStatus snapshot = PodRuntimeStatus.of(sandbox());
    boolean past = pastActiveDeadline();
    if (past && !deadlineRecorded) {
      deadlineRecorded = true;
      k.podEvent(
          pod,
          Event.TYPE_NORMAL,
          KubeletEvents.DEADLINE_EXCEEDED,
          PodStatusGenerator.DEADLINE_MESSAGE);
    }
    PodStatus status = k.generator.generate(pod, snapshot, false, past);
    setStatus(status, false);
    if (StatusManager.isTerminal(status.phase())) {
      beginTermination(effectiveGracePeriod());
      changed = true;
      done();
      return;
    }
    if (pod.metadata().deletionTimestamp() != null) {
      beginTermination(effectiveGracePeriod());
      changed = true;
      done();
      return;
    }
    if (!probesAdded) {
      probesAdded = true;
      k.probes.addPod(pod, this::pod);
    }
    scheduleDeadline();
    if (!volumesReady()) {
      done();
      return;
    }
    PodActions actions = PodActions.compute(pod, snapshot, k.probeState(uid));
    Steps steps = new Steps(this::done);
    if (actions.killPod()) {
      steps.then((next, stop) -> killAll(null, next));
      steps.then(
          () -> {
            PodSandbox sb = sandbox();
            if (sb != null && sb.ready()) {
              k.runtime.stopPodSandbox(sb);
              changed = true;
            }
          });
    } else {
      for (Map.Entry<PodRuntimeStatus.Instance, PodActions.Kill> e :
          actions.containersToKill().entrySet()) {
        PodActions.Kill kill = e.getValue();
        steps.then(
            (next, stop) -> {
              changed = true;
              k.killer.kill(
                  pod,
                  e.getKey().container(),
                  kill.spec(),
                  kill.message(),
                  kill.reason(),
                  null,
                  next);
            });
      }
    }
    if (actions.createSandbox()) {
      steps.then(
          (next, stop) -> {
            if (createSandbox()) next.run();
            else stop.run();
          });
    }
    if (actions.nextInit() != null) {
      Container init = actions.nextInit();
      steps.then(
          (next, stop) ->
              k.starter.start(
                  this,
                  pod,
                  init,
                  true,
                  snapshot,
                  this::retryAt,
                  ok -> {
                    if (!ok) syncFailed();
                    if (ok || PodPhases.isRestartableInit(init)) next.run();
                    else stop.run();
                  }));
    }
    for (Container c : actions.containersToStart()) {
      steps.then(
          (next, stop) ->
              k.starter.start(
                  this,
                  pod,
                  c,
                  false,
                  snapshot,
                  this::retryAt,
                  ok -> {
                    if (!ok) syncFailed();
                    next.run();
                  }));
    }
    steps.start();
  }

  /**
   * podAttachAndMountTimeout (volumemanager/volume_manager.go): how long a sync waits for the pod's
   * volumes before it fails with FailedMount: 2 min 3 s.
   */
  static final Duration ATTACH_AND_MOUNT_TIMEOUT = Duration.ofSeconds(123);

  /** kubelet's events.FailedMountVolume. */
  static final String FAILED_MOUNT = "FailedMount";

  /** {@return whether this pod waits for a volume mount} (a claim not bound yet) */
  boolean waitsForVolumes() {
    return mountTimeout != null;
  }

  /**
   * volumeManager.WaitForAttachAndMount: before its sandbox exists, a pod whose claims are not all
   * Bound ({@link PodVolumes#claimsBound}) waits, staying ContainerCreating; a claim change syncs
   * it again ({@link Kubelet#claimChanged}). Each {@link #ATTACH_AND_MOUNT_TIMEOUT} of waiting
   * gives a FailedMount event, then the worker's 10 s back-off before the next wait.
   */
  private boolean volumesReady() {
    if (sandbox() != null || PodVolumes.claimsBound(pod, k.api)) {
      if (mountTimeout != null) mountTimeout.cancel();
      mountTimeout = null;
      return true;
    }
    if (mountTimeout == null) armMountTimeout(k.loop.now().plus(ATTACH_AND_MOUNT_TIMEOUT));
    return false;
  }

  private void armMountTimeout(Instant at) {
    mountTimeout =
        k.loop.scheduleBackground(
            at,
            description + " (waiting for volumes)",
            () -> {
              mountTimeout = null;
              if (state != State.SYNCING || sandbox() != null) return;
              List<String> unbound = unboundClaimVolumes();
              if (unbound.isEmpty()) {
                requestSync();
                return;
              }
              String names = String.join(" ", unbound);
              // kubelet.go SyncPod: "Unable to attach or mount volumes: %v"
              k.podEvent(
                  pod,
                  Event.TYPE_WARNING,
                  FAILED_MOUNT,
                  "Unable to attach or mount volumes: unmounted volumes=["
                      + names
                      + "], unattached volumes=[], failed to process volumes=["
                      + names
                      + "]: timed out waiting for the condition");
              armMountTimeout(
                  k.loop.now().plus(WORKER_BACK_OFF_PERIOD).plus(ATTACH_AND_MOUNT_TIMEOUT));
            });
  }

  /** The pod's claim volumes whose claim is missing, being deleted or not Bound, in spec order. */
  private List<String> unboundClaimVolumes() {
    List<String> out = new ArrayList<>();
    for (Volume v : pod.spec().volumes()) {
      if (v.persistentVolumeClaim() == null) continue;
      Optional<PersistentVolumeClaim> c =
          k.api.find(
              PersistentVolumeClaim.class,
              pod.metadata().namespace(),
              v.persistentVolumeClaim().claimName());
      boolean bound =
          c.isPresent()
              && c.get().metadata().deletionTimestamp() == null
              && PersistentVolumeClaim.PHASE_BOUND.equals(VolumeUtil.phase(c.get()));
      if (!bound) out.add(v.name());
    }
    return out;
  }

  /** {@return whether the pod mounts claim {@code name} of its namespace} */
  boolean mountsClaim(String namespace, String name) {
    if (!namespace.equals(pod.metadata().namespace())) return false;
    for (Volume v : pod.spec().volumes()) {
      if (v.persistentVolumeClaim() != null && name.equals(v.persistentVolumeClaim().claimName())) {
        return true;
      }
    }
    return false;
  }

  private boolean createSandbox() {
    String ip;
    try {
      ip = Boolean.TRUE.equals(pod.spec().hostNetwork()) ? k.hostIp : k.ipam.allocate(uid);
    } catch (IllegalStateException e) {
      k.podEvent(
          pod,
          Event.TYPE_WARNING,
          "FailedCreatePodSandBox",
          "Failed to create pod sandbox: plugin type=\"host-local\" failed (add): failed to"
              + " allocate for range 0: "
              + e.getMessage());
      retryAt(k.loop.now().plus(Backoff.INITIAL));
      return false;
    }
    String hostname = pod.spec().hostname();
    if (hostname == null || hostname.isEmpty()) hostname = pod.metadata().name();
    if (hostname.length() > 63) hostname = hostname.substring(0, 63);
    Map<String, MemoryFileSystem> volumes = k.volumes.forPod(pod);
    k.runtime.runPodSandbox(
        uid, pod.metadata().namespace(), pod.metadata().name(), ip, hostname, volumes);
    changed = true;
    return true;
  }

  /** Kills every running container in parallel; {@code next} runs when all exited. */
  private void killAll(Long graceOverride, Runnable next) {
    PodSandbox sb = sandbox();
    List<RuntimeContainer> running = sb == null ? List.of() : sb.running();
    if (running.isEmpty()) {
      next.run();
      return;
    }
    changed = true;
    int[] left = {running.size()};
    for (RuntimeContainer c : new ArrayList<>(running)) {
      Container spec = specOf(c);
      k.killer.kill(
          pod,
          c,
          spec,
          null,
          PodActions.KillReason.POD_TERMINATING,
          graceOverride,
          () -> {
            if (--left[0] == 0) next.run();
          });
    }
  }

  private Container specOf(RuntimeContainer c) {
    for (Container x : pod.spec().containers()) if (x.name().equals(c.name())) return x;
    for (Container x : pod.spec().initContainers()) if (x.name().equals(c.name())) return x;
    return c.spec();
  }

  // SyncTerminatingPod, then SyncTerminatedPod
  private void syncTerminatingPod() {
    if (!orphaned) {
      PodStatus status =
          k.generator.generate(pod, PodRuntimeStatus.of(sandbox()), false, pastActiveDeadline());
      setStatus(status, false);
    }
    k.probes.stopLivenessAndStartup(uid);
    long grace = gracePeriod;
    killAll(
        grace,
        () -> {
          PodSandbox sb = sandbox();
          if (sb != null && sb.ready()) k.runtime.stopPodSandbox(sb);
          k.ipam.release(uid);
          k.probes.removePod(uid);
          state = State.TERMINATED;
          if (!orphaned) {
            PodStatus last =
                k.generator.generate(
                    pod, PodRuntimeStatus.of(sandbox()), true, pastActiveDeadline());
            setStatus(last, true);
          } else {
            cleanup();
          }
          busy = false;
          if (pending && orphaned) requestSync();
        });
  }

  /** Forgets the pod: its sandbox, reasons and cached status. */
  private void cleanup() {
    cancelTimers();
    k.runtime.removePodSandbox(uid);
    k.ipam.release(uid);
    k.probes.removePod(uid);
    List<String> names = new ArrayList<>();
    for (Container c : pod.spec().initContainers()) names.add(c.name());
    for (Container c : pod.spec().containers()) names.add(c.name());
    k.reasons.removePod(uid, names);
    k.statuses.remove(uid);
    k.forget(uid);
  }
}
