package io.kubemu.engine.kubelet;

import io.kubemu.engine.runtime.ProbeType;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.engine.time.TaskHandle;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.core.Probe;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Probes one container periodically (pkg/kubelet/prober/worker.go): first when created (as the pod
 * is added to the probe manager), then every {@code periodSeconds}; each time it checks the
 * container's latest status, skips while the container is not running, during {@code
 * initialDelaySeconds} after its start, or (liveness and readiness) until it has started, then runs
 * the probe and counts consecutive results against {@code successThreshold} and {@code
 * failureThreshold}. After a failed liveness or startup probe it holds until a new container
 * instance appears.
 *
 * <p>Task mode: a tick is a foreground task while its result can still change the pod's course: a
 * startup probe until it decides, a readiness probe of a running container until it first passes
 * (at most {@link #READINESS_WAIT} after the container started); otherwise (liveness, readiness
 * once passed or given up on) a background task. So {@code runUntilIdle} waits for pods to become
 * ready, but not for periodic health checks nor forever for a container that never gets ready.
 */
final class ProbeWorker {
  /** How long after a container's start runUntilIdle waits for its readiness: 10 minutes. */
  static final Duration READINESS_WAIT = Duration.ofMinutes(10);

  private final ProbeManager manager;
  private final ProbeType type;
  private final String podUid;
  private final Supplier<Pod> pod;
  private final Container container;
  private final Probe spec;
  private final ProbeResults results;
  private final ProbeResult initialValue;
  private final String description;
  private final Duration period;
  private final int failureThreshold;
  private final int successThreshold;
  private String containerId = "";
  private ProbeResult lastResult = ProbeResult.UNKNOWN;
  private int resultRun;
  private boolean onHold;
  private boolean settled;
  private boolean stopped;
  private TaskHandle tick;
  private boolean tickForeground;
  private TaskHandle trigger;
  // The last status seen and what was derived from it (statuses are immutable records, so an
  // identical reference means nothing changed): saves the per-probe lookups.
  private PodStatus seenStatus;
  private boolean seenTerminal;
  private boolean seenFound;
  private String seenId;
  private boolean seenRunning;
  private boolean seenTerminated;
  private Instant seenStartedAt;
  private boolean seenStarted;
  private Pod seenPod;
  private boolean seenDeleting;
  private boolean seenRestartNever;
  private ProbeResult lastSet; // what this worker last wrote to results for containerId
  // Whether the current container instance has passed initialDelaySeconds (time only moves on).
  private boolean delayPassed;
  private StatusManager.Slot slot;
  private final Prober.Target target = new Prober.Target();

  ProbeWorker(
      ProbeManager manager,
      ProbeType type,
      String podUid,
      Supplier<Pod> pod,
      Container container,
      Probe spec,
      ProbeResults results) {
    this.manager = manager;
    this.type = type;
    this.podUid = podUid;
    this.pod = pod;
    this.container = container;
    this.spec = spec;
    this.results = results;
    this.initialValue =
        switch (type) {
          case READINESS -> ProbeResult.FAILURE;
          case LIVENESS -> ProbeResult.SUCCESS;
          case STARTUP -> ProbeResult.UNKNOWN;
        };
    this.period = Duration.ofSeconds(orDefault(spec.periodSeconds(), Probe.DEFAULT_PERIOD_SECONDS));
    this.failureThreshold = orDefault(spec.failureThreshold(), Probe.DEFAULT_FAILURE_THRESHOLD);
    this.successThreshold = orDefault(spec.successThreshold(), Probe.DEFAULT_SUCCESS_THRESHOLD);
    Pod p = pod.get();
    this.description =
        type.label().toLowerCase()
            + " probe of "
            + p.metadata().namespace()
            + "/"
            + p.metadata().name()
            + "/"
            + container.name();
  }

  ProbeType type() {
    return type;
  }

  String containerName() {
    return container.name();
  }

  /** Starts probing: at once, then every period. */
  void start() {
    Instant now = manager.loop().now();
    if (doProbe()) schedule(now.plus(period()));
    else stop();
  }

  void stop() {
    stopped = true;
    if (tick != null) tick.cancel();
    if (trigger != null) trigger.cancel();
  }

  private Duration period() {
    return period;
  }

  private void schedule(Instant at) {
    if (stopped) return;
    EventLoop loop = manager.loop();
    tickForeground = wantsForeground(at);
    Runnable run =
        () -> {
          tick = null;
          if (stopped) return;
          if (doProbe()) schedule(at.plus(period()));
          else stop();
        };
    tick =
        tickForeground
            ? loop.schedule(at, description, run)
            : loop.scheduleBackground(at, description, run);
  }

  /** Re-evaluates the task mode of the pending tick (after a status change). */
  void refreshMode() {
    if (stopped || tick == null || tick.isDone()) return;
    if (wantsForeground(tick.time()) == tickForeground) return;
    Instant at = tick.time();
    tick.cancel();
    schedule(at);
  }

  /** The manual trigger of readiness probes (prober_manager UpdatePodStatus): probe now. */
  void triggerNow() {
    if (stopped || (trigger != null && !trigger.isDone())) return;
    EventLoop loop = manager.loop();
    Runnable run =
        () -> {
          if (!stopped && !doProbe()) stop();
        };
    trigger =
        wantsForeground(loop.now())
            ? loop.schedule(loop.now(), description + " (triggered)", run)
            : loop.scheduleBackground(loop.now(), description + " (triggered)", run);
  }

  private boolean wantsForeground(Instant at) {
    if (type == ProbeType.LIVENESS || settled || onHold) return false;
    ContainerStatus c = currentStatus();
    if (c == null || c.state() == null || c.state().running() == null) return false;
    if (type == ProbeType.STARTUP) return true;
    Instant started = c.state().running().startedAt();
    return started == null || at.isBefore(started.plus(READINESS_WAIT));
  }

  private ContainerStatus currentStatus() {
    PodStatus status = status();
    return status == null ? null : currentStatus(status);
  }

  /** {@return the pod's cached status (StatusManager GetPodStatus), null if none} */
  private PodStatus status() {
    StatusManager.Slot s = slot;
    if (s == null || s.detached()) {
      s = manager.statuses().existingSlot(podUid);
      if (s == null) return null;
      slot = s;
    }
    return s.status();
  }

  private ContainerStatus currentStatus(PodStatus status) {
    ContainerStatus c = PodPhases.find(status.containerStatuses(), container.name());
    if (c == null || c.containerID() == null || c.containerID().isEmpty()) {
      c = PodPhases.find(status.initContainerStatuses(), container.name());
      if (c == null || c.containerID() == null || c.containerID().isEmpty()) return null;
    }
    return c;
  }

  // worker.doProbe
  boolean doProbe() {
    PodStatus status = status();
    if (status == null) return true;
    if (status != seenStatus) see(status);
    if (seenTerminal) return false;
    if (!seenFound) return true;
    if (!containerId.equals(seenId)) {
      if (!containerId.isEmpty()) results.remove(containerId);
      containerId = seenId;
      lastSet = null;
      setResult(initialValue);
      onHold = false;
      settled = false;
      delayPassed = false;
      lastResult = ProbeResult.UNKNOWN;
      resultRun = 0;
    }
    if (onHold) return true;
    Pod p = pod.get();
    if (p != seenPod) {
      seenPod = p;
      seenDeleting = p.metadata().deletionTimestamp() != null;
      seenRestartNever = p.spec() != null && Pod.RESTART_NEVER.equals(p.spec().restartPolicy());
    }
    if (!seenRunning) {
      if (!containerId.isEmpty()) setResult(ProbeResult.FAILURE);
      return !seenTerminated || !seenRestartNever;
    }
    if (seenDeleting && (type == ProbeType.LIVENESS || type == ProbeType.STARTUP)) {
      setResult(ProbeResult.SUCCESS);
      return false;
    }
    if (!delayPassed) {
      // whole seconds since the start below initialDelaySeconds <=> now < start + delay
      Instant ready = seenStartedAt.plusSeconds(orDefault(spec.initialDelaySeconds(), 0));
      if (manager.loop().now().isBefore(ready)) return true;
      delayPassed = true;
    }
    if (seenStarted) {
      if (type == ProbeType.STARTUP) return true;
    } else if (type != ProbeType.STARTUP) {
      return true;
    }
    ProbeResult result = manager.prober().probe(type, p, container, spec, containerId, target);
    if (result == null) return true; // prober error: result thrown away
    if (result == lastResult) {
      resultRun++;
    } else {
      lastResult = result;
      resultRun = 1;
    }
    if ((result == ProbeResult.FAILURE && resultRun < failureThreshold)
        || (result == ProbeResult.SUCCESS && resultRun < successThreshold)) {
      return true;
    }
    if (type != ProbeType.READINESS || result == ProbeResult.SUCCESS) settled = true;
    setResult(result);
    if ((type == ProbeType.LIVENESS || type == ProbeType.STARTUP)
        && result == ProbeResult.FAILURE) {
      onHold = true;
      resultRun = 0;
    }
    return true;
  }

  /** Remembers what a new status says about the container (statuses are immutable). */
  private void see(PodStatus status) {
    seenStatus = status;
    String phase = status.phase();
    seenTerminal = Pod.PHASE_FAILED.equals(phase) || Pod.PHASE_SUCCEEDED.equals(phase);
    ContainerStatus c = seenTerminal ? null : currentStatus(status);
    seenFound = c != null;
    seenId = c == null ? null : c.containerID();
    ContainerState st = c == null ? null : c.state();
    seenRunning = st != null && st.running() != null;
    seenTerminated = st != null && st.terminated() != null;
    seenStartedAt = seenRunning ? st.running().startedAt() : null;
    seenStarted = c != null && c.started() != null && c.started();
    delayPassed = false; // re-checked against the new status
  }

  /** Sets the shared result; this worker alone writes its container's entry. */
  private void setResult(ProbeResult result) {
    if (result == lastSet) return;
    lastSet = result;
    results.set(containerId, result, podUid);
  }

  private static int orDefault(Integer v, int d) {
    return v == null ? d : v;
  }
}
