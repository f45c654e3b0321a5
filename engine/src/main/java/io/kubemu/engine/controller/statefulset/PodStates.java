package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.Comparator;

/**
 * What the StatefulSet controller reads from a pod's status (the predicates of upstream
 * stateful_set_utils.go, over the shared {@link PodUtils}). Stateless.
 */
public final class PodStates {
  private PodStates() {}

  /** ascendingOrdinal: pods without an ordinal (-1) first. */
  static final Comparator<Pod> ASCENDING_ORDINAL =
      Comparator.comparingInt(StatefulSetUtils::getOrdinal);

  /** descendingOrdinal: pods without an ordinal (-1) last. */
  static final Comparator<Pod> DESCENDING_ORDINAL = ASCENDING_ORDINAL.reversed();

  static String phase(Pod pod) {
    return PodUtils.phase(pod);
  }

  /** isRunningAndReady: phase Running and Ready. */
  public static boolean isRunningAndReady(Pod pod) {
    return Pod.PHASE_RUNNING.equals(phase(pod)) && PodUtils.isPodReady(pod);
  }

  /** isRunningAndAvailable (v1.30: availability alone, as upstream). */
  static boolean isRunningAndAvailable(Pod pod, int minReadySeconds, Instant now) {
    return PodUtils.isPodAvailable(pod, minReadySeconds, now);
  }

  /** isCreated: the API server gave the pod a phase. */
  static boolean isCreated(Pod pod) {
    return !phase(pod).isEmpty();
  }

  static boolean isPending(Pod pod) {
    return Pod.PHASE_PENDING.equals(phase(pod));
  }

  static boolean isFailed(Pod pod) {
    return Pod.PHASE_FAILED.equals(phase(pod));
  }

  static boolean isSucceeded(Pod pod) {
    return Pod.PHASE_SUCCEEDED.equals(phase(pod));
  }

  /** isTerminating: a deletionTimestamp is set. */
  static boolean isTerminating(Pod pod) {
    return pod.metadata().deletionTimestamp() != null;
  }

  /** isHealthy: running and ready, and not terminating. */
  static boolean isHealthy(Pod pod) {
    return isRunningAndReady(pod) && !isTerminating(pod);
  }
}
