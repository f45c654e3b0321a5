package io.kubemu.assertions.internal;

import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.util.ArrayList;
import java.util.List;

/** Reads and describes a pod's state the way {@code kubectl describe pod} reports it. */
public final class PodStates {
  private PodStates() {}

  /** {@return the phase, or null when no status was written} */
  public static String phase(Pod pod) {
    return pod.status() == null ? null : pod.status().phase();
  }

  /** {@return spec.nodeName, or null when the pod is not bound} */
  public static String nodeName(Pod pod) {
    return pod.spec() == null ? null : pod.spec().nodeName();
  }

  /** {@return the condition of that type, or null} */
  public static PodCondition condition(Pod pod, String type) {
    return pod.status() == null ? null : pod.status().condition(type);
  }

  /** {@return whether the Ready condition is True (upstream {@code podutil.IsPodReady})} */
  public static boolean isReady(Pod pod) {
    PodCondition ready = condition(pod, PodCondition.READY);
    return ready != null && "True".equals(ready.status());
  }

  /** {@return whether the pod has a deletionTimestamp} */
  public static boolean isTerminating(Pod pod) {
    return pod.metadata().deletionTimestamp() != null;
  }

  /** {@return the containers' restarts summed, as kubectl's RESTARTS column} */
  public static int restartCount(Pod pod) {
    int sum = 0;
    for (ContainerStatus s : containerStatuses(pod)) {
      sum += s.restartCount() == null ? 0 : s.restartCount();
    }
    return sum;
  }

  /** {@return the container statuses (never null)} */
  public static List<ContainerStatus> containerStatuses(Pod pod) {
    return pod.status() == null ? List.of() : pod.status().containerStatuses();
  }

  /** {@return one line per container, e.g. {@code web: waiting ImagePullBackOff: Back-off}} */
  public static List<String> containerLines(Pod pod) {
    List<String> lines = new ArrayList<>();
    for (ContainerStatus s : containerStatuses(pod)) {
      lines.add(s.name() + ": " + describe(s.state()) + (isTrue(s.ready()) ? ", ready" : ""));
    }
    return lines;
  }

  /**
   * {@return a state as {@code waiting CrashLoopBackOff: message}, {@code running since T} or
   * {@code terminated Completed (exit code 0)}; no state at all reads {@code waiting}}
   */
  public static String describe(ContainerState state) {
    if (state == null) return "waiting";
    if (state.running() != null) {
      return state.running().startedAt() == null
          ? "running"
          : "running since " + state.running().startedAt();
    }
    if (state.terminated() != null) {
      var t = state.terminated();
      return "terminated"
          + (t.reason() == null ? "" : " " + t.reason())
          + (t.exitCode() == null ? "" : " (exit code " + t.exitCode() + ")");
    }
    if (state.waiting() != null) {
      var w = state.waiting();
      return "waiting"
          + (w.reason() == null ? "" : " " + w.reason())
          + (w.message() == null ? "" : ": " + w.message());
    }
    return "waiting";
  }

  /** {@return a condition as {@code False (reason: R, message: M)}, or {@code <none>}} */
  public static String describe(PodCondition c) {
    if (c == null) return "<none>";
    List<String> details = new ArrayList<>();
    if (c.reason() != null) details.add("reason: " + c.reason());
    if (c.message() != null) details.add("message: " + c.message());
    return c.status() + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
  }

  private static boolean isTrue(Boolean b) {
    return Boolean.TRUE.equals(b);
  }
}
