package io.kubemu.engine.kubelet;

import io.kubemu.engine.runtime.RuntimeContainer;
import io.kubemu.model.core.Container;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Probe;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops one container (kuberuntime_container.go killContainer, v1.30): a Normal {@code Killing}
 * event, the preStop hook within the grace period, then the stop signal with what remains of it (at
 * least {@value #MINIMUM_GRACE_PERIOD_SECONDS} s), then SIGKILL.
 */
final class ContainerKiller {

  /** minimumGracePeriodInSeconds: every container gets at least this long to stop. */
  static final long MINIMUM_GRACE_PERIOD_SECONDS = 2;

  private final Kubelet k;

  ContainerKiller(Kubelet k) {
    this.k = k;
  }

  // setTerminationGracePeriod
  static long gracePeriod(Pod pod, Container spec, PodActions.KillReason reason) {
    if (pod.metadata().deletionGracePeriodSeconds() != null) {
      return pod.metadata().deletionGracePeriodSeconds();
    }
    if (pod.spec().terminationGracePeriodSeconds() != null) {
      Probe p =
          switch (reason) {
            case STARTUP_PROBE -> spec.startupProbe();
            case LIVENESS_PROBE -> spec.livenessProbe();
            default -> null;
          };
      if (p != null && p.terminationGracePeriodSeconds() != null) {
        return p.terminationGracePeriodSeconds();
      }
      return pod.spec().terminationGracePeriodSeconds();
    }
    return MINIMUM_GRACE_PERIOD_SECONDS;
  }

  /**
   * Kills {@code c}; {@code done} runs once it exited.
   *
   * @param message the Killing message; null for "Stopping container x"
   * @param graceOverride the pod worker's grace period when the pod terminates, or null
   */
  void kill(
      Pod pod,
      RuntimeContainer c,
      Container spec,
      String message,
      PodActions.KillReason reason,
      Long graceOverride,
      Runnable done) {
    if (!c.running()) {
      done.run();
      return;
    }
    long grace = gracePeriod(pod, spec, reason);
    String msg = message == null ? "Stopping container " + spec.name() : message;
    k.event(pod, spec, Event.TYPE_NORMAL, KubeletEvents.KILLING_CONTAINER, msg);
    if (graceOverride != null) grace = graceOverride;
    long g = grace;
    if (spec.lifecycle() != null && spec.lifecycle().preStop() != null && g > 0) {
      Instant start = k.loop.now();
      Instant deadline = start.plusSeconds(g);
      Runnable after =
          () -> {
            long elapsed = Duration.between(start, k.loop.now()).getSeconds();
            stop(c, g - elapsed, done);
          };
      k.hooks.run(
          pod,
          c,
          spec.lifecycle().preStop(),
          deadline,
          error -> {
            if (error != null) {
              k.event(
                  pod,
                  spec,
                  Event.TYPE_WARNING,
                  KubeletEvents.FAILED_PRE_STOP_HOOK,
                  "PreStopHook failed");
            }
            after.run();
          },
          after);
      return;
    }
    stop(c, g, done);
  }

  private void stop(RuntimeContainer c, long grace, Runnable done) {
    long g = Math.max(grace, MINIMUM_GRACE_PERIOD_SECONDS);
    k.runtime.stopContainer(c, g, done);
  }
}
