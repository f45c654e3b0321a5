package io.kubemu.engine.kubelet;

import io.kubemu.model.core.Container;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one sync must do to a pod (kuberuntime_manager.go computePodActions, v1.30): create the
 * sandbox, start the next init container, start (or restart) containers, kill containers that
 * failed their liveness or startup probe or whose definition changed, or kill the whole pod once
 * nothing runs and nothing is to start.
 *
 * @param createSandbox whether a sandbox must be created first
 * @param killPod whether every container and the sandbox are to be stopped
 * @param nextInit the init container to start, or null
 * @param containersToStart the app containers to start, in spec order
 * @param containersToKill the running instances to kill, with the Killing message and reason
 */
record PodActions(
    boolean createSandbox,
    boolean killPod,
    Container nextInit,
    List<Container> containersToStart,
    Map<PodRuntimeStatus.Instance, Kill> containersToKill) {

  /** Why a running container is killed. */
  enum KillReason {
    LIVENESS_PROBE,
    STARTUP_PROBE,
    FAILED_POST_START_HOOK,
    DEFINITION_CHANGED,
    POD_TERMINATING
  }

  /** A container to kill and its Killing message. */
  record Kill(Container spec, String message, KillReason reason) {}

  /** What the probes say of a container instance. */
  interface ProbeState {
    boolean livenessFailed(String containerId);

    boolean startupFailed(String containerId);

    boolean started(Container c, PodRuntimeStatus.Instance instance);
  }

  // kubecontainer.ShouldContainerBeRestarted
  static boolean shouldContainerBeRestarted(Container c, Pod pod, PodRuntimeStatus status) {
    if (pod.metadata().deletionTimestamp() != null) return false;
    PodRuntimeStatus.Instance s = status.latest(c.name());
    if (s == null) return true;
    if (s.running()) return false;
    if (s.state() == io.kubemu.engine.runtime.RuntimeState.CREATED) return true;
    String policy = pod.spec().restartPolicy();
    if (Pod.RESTART_NEVER.equals(policy)) return false;
    if (Pod.RESTART_ON_FAILURE.equals(policy) && s.exitCode() == 0) return false;
    return true;
  }

  static boolean shouldRestartOnFailure(Pod pod) {
    return !Pod.RESTART_NEVER.equals(pod.spec().restartPolicy());
  }

  private static boolean succeeded(Container c, PodRuntimeStatus status) {
    PodRuntimeStatus.Instance s = status.latest(c.name());
    return s != null && s.exited() && s.exitCode() == 0;
  }

  static PodActions compute(Pod pod, PodRuntimeStatus status, ProbeState probes) {
    List<Container> toStart = new ArrayList<>();
    Map<PodRuntimeStatus.Instance, Kill> toKill = new LinkedHashMap<>();
    List<Container> inits = pod.spec().initContainers();
    if (!status.sandboxReady()) {
      // podSandboxChanged: the first sandbox (kubemu sandboxes are not lost while the pod lives)
      if (!status.containers().isEmpty() && Pod.RESTART_NEVER.equals(pod.spec().restartPolicy())) {
        return new PodActions(false, false, null, List.of(), Map.of());
      }
      if (!inits.isEmpty()) return new PodActions(true, false, inits.get(0), List.of(), Map.of());
      for (Container c : pod.spec().containers()) {
        if (succeeded(c, status) && Pod.RESTART_ON_FAILURE.equals(pod.spec().restartPolicy())) {
          continue;
        }
        toStart.add(c);
      }
      return new PodActions(true, false, null, toStart, Map.of());
    }

    // computeInitContainerActions
    Container nextInit = null;
    boolean initDone = true;
    for (Container c : inits) {
      PodRuntimeStatus.Instance s = status.latest(c.name());
      if (PodPhases.isRestartableInit(c)) {
        if (s == null || !s.running()) {
          if (pod.metadata().deletionTimestamp() == null) nextInit = c;
          initDone = false;
          break;
        }
        if (!probes.started(c, s)) {
          initDone = false;
          break;
        }
        continue;
      }
      if (s == null) {
        nextInit = c;
        initDone = false;
        break;
      }
      if (s.running()) {
        initDone = false;
        break;
      }
      if (s.exited() && s.exitCode() == 0) continue;
      // a failed (or created, not started) init container
      initDone = false;
      if (Pod.RESTART_NEVER.equals(pod.spec().restartPolicy()) && s.exited()) {
        return new PodActions(false, true, null, List.of(), Map.of());
      }
      nextInit = c;
      break;
    }
    if (!initDone) return new PodActions(false, false, nextInit, List.of(), Map.of());

    int keep = 0;
    for (Container c : pod.spec().containers()) {
      PodRuntimeStatus.Instance s = status.latest(c.name());
      if (s == null || !s.running()) {
        if (shouldContainerBeRestarted(c, pod, status)) toStart.add(c);
        continue;
      }
      boolean restart = shouldRestartOnFailure(pod);
      String message;
      KillReason reason;
      if (!c.equals(s.container().spec())) {
        message = "Container " + c.name() + " definition changed";
        reason = KillReason.DEFINITION_CHANGED;
        restart = true;
      } else if (probes.livenessFailed(s.containerId())) {
        message = "Container " + c.name() + " failed liveness probe";
        reason = KillReason.LIVENESS_PROBE;
      } else if (probes.startupFailed(s.containerId())) {
        message = "Container " + c.name() + " failed startup probe";
        reason = KillReason.STARTUP_PROBE;
      } else {
        keep++;
        continue;
      }
      if (restart) {
        message = message + ", will be restarted";
        toStart.add(c);
      }
      toKill.put(s, new Kill(c, message, reason));
    }
    boolean killPod = keep == 0 && toStart.isEmpty();
    return new PodActions(false, killPod, null, toStart, toKill);
  }
}
