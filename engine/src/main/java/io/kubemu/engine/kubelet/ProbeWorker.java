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
import java.util.Optional;
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
  private String containerId = "";
  private ProbeResult lastResult = ProbeResult.UNKNOWN;
  private int resultRun;
  private boolean onHold;
  private boolean settled;
  private boolean stopped;
  private TaskHandle tick;
  private boolean tickForeground;
  private TaskHandle trigger;

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
    return Duration.ofSeconds(orDefault(spec.periodSeconds(), Probe.DEFAULT_PERIOD_SECONDS));
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
    Optional<PodStatus> status = manager.statuses().get(podUid);
    return status.isEmpty() ? null : currentStatus(status.get());
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
    Optional<PodStatus> status = manager.statuses().get(podUid);
    if (status.isEmpty()) return true;
    String phase = status.get().phase();
    if (Pod.PHASE_FAILED.equals(phase) || Pod.PHASE_SUCCEEDED.equals(phase)) return false;
    ContainerStatus c = currentStatus(status.get());
    if (c == null) return true;
    if (!containerId.equals(c.containerID())) {
      if (!containerId.isEmpty()) results.remove(containerId);
      containerId = c.containerID();
      results.set(containerId, initialValue, podUid);
      onHold = false;
      settled = false;
      lastResult = ProbeResult.UNKNOWN;
      resultRun = 0;
    }
    if (onHold) return true;
    ContainerState st = c.state();
    Pod p = pod.get();
    if (st == null || st.running() == null) {
      if (!containerId.isEmpty()) results.set(containerId, ProbeResult.FAILURE, podUid);
      return (st == null || st.terminated() == null)
          || !Pod.RESTART_NEVER.equals(p.spec().restartPolicy());
    }
    if (p.metadata().deletionTimestamp() != null
        && (type == ProbeType.LIVENESS || type == ProbeType.STARTUP)) {
      results.set(containerId, ProbeResult.SUCCESS, podUid);
      return false;
    }
    Instant now = manager.loop().now();
    long sinceStart = Duration.between(st.running().startedAt(), now).getSeconds();
    if (sinceStart < orDefault(spec.initialDelaySeconds(), 0)) return true;
    boolean started = c.started() != null && c.started();
    if (started) {
      if (type == ProbeType.STARTUP) return true;
    } else if (type != ProbeType.STARTUP) {
      return true;
    }
    ProbeResult result = manager.prober().probe(type, p, container, spec, containerId);
    if (result == null) return true; // prober error: result thrown away
    if (result == lastResult) {
      resultRun++;
    } else {
      lastResult = result;
      resultRun = 1;
    }
    if ((result == ProbeResult.FAILURE
            && resultRun < orDefault(spec.failureThreshold(), Probe.DEFAULT_FAILURE_THRESHOLD))
        || (result == ProbeResult.SUCCESS
            && resultRun < orDefault(spec.successThreshold(), Probe.DEFAULT_SUCCESS_THRESHOLD))) {
      return true;
    }
    if (type != ProbeType.READINESS || result == ProbeResult.SUCCESS) settled = true;
    results.set(containerId, result, podUid);
    if ((type == ProbeType.LIVENESS || type == ProbeType.STARTUP)
        && result == ProbeResult.FAILURE) {
      onHold = true;
      resultRun = 0;
    }
    return true;
  }

  private static int orDefault(Integer v, int d) {
    return v == null ? d : v;
  }
}
