package io.kubemu.engine.controller.util;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Pod predicates the workload controllers share (upstream pkg/api/v1/pod/util.go and {@code
 * IsPodActive}/{@code FilterActivePods} of pkg/controller/controller_utils.go). Pure functions.
 */
public final class PodUtils {
  private PodUtils() {}

  /** {@return the pod's Ready condition, or null} (GetPodReadyCondition) */
  public static PodCondition readyCondition(Pod pod) {
    return pod.status() == null ? null : pod.status().condition(PodCondition.READY);
  }

  /** {@return whether the pod's Ready condition is True} (IsPodReady) */
  public static boolean isPodReady(Pod pod) {
    PodCondition c = readyCondition(pod);
    return c != null && ConditionStatus.TRUE.equals(c.status());
  }

  /**
   * {@return whether the pod has been ready for at least {@code minReadySeconds}} (IsPodAvailable):
   * with 0 a ready pod is available at once; otherwise the Ready condition's lastTransitionTime
   * plus minReadySeconds must lie strictly before {@code now}, so a pod ready at 00:00:00 with
   * minReadySeconds 10 is available from 00:00:10 plus any instant, not at 00:00:10.
   */
  public static boolean isPodAvailable(Pod pod, int minReadySeconds, Instant now) {
    if (!isPodReady(pod)) return false;
    if (minReadySeconds == 0) return true;
    Instant since = readyCondition(pod).lastTransitionTime();
    return since != null && since.plus(Duration.ofSeconds(minReadySeconds)).isBefore(now);
  }

  /** {@return the pod's phase, "" when unset} */
  public static String phase(Pod pod) {
    return pod.status() == null || pod.status().phase() == null ? "" : pod.status().phase();
  }

  /** {@return whether the pod is neither finished (Succeeded, Failed) nor terminating} */
  public static boolean isPodActive(Pod pod) {
    String phase = phase(pod);
    return !Pod.PHASE_SUCCEEDED.equals(phase)
        && !Pod.PHASE_FAILED.equals(phase)
        && pod.metadata().deletionTimestamp() == null;
  }

  /** {@return the active pods, in their order} (FilterActivePods) */
  public static List<Pod> filterActivePods(Collection<Pod> pods) {
    List<Pod> out = new ArrayList<>();
    for (Pod p : pods) if (isPodActive(p)) out.add(p);
    return out;
  }

  /** {@return the pod's node name, "" when unscheduled} */
  public static String nodeName(Pod pod) {
    return pod.spec() == null || pod.spec().nodeName() == null ? "" : pod.spec().nodeName();
  }
}
