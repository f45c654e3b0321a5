package io.kubemu.engine.controller.job;

import io.kubemu.model.batch.Job;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pod helpers the Job controller shares with the others (upstream pkg/api/v1/pod and
 * pkg/controller/controller_utils.go, v1.30). Stateless.
 */
public final class JobPods {
  private JobPods() {}

  /** {@return status.phase, or "" when unset} */
  static String phase(Pod p) {
    return p.status() == null || p.status().phase() == null ? "" : p.status().phase();
  }

  /** podutil.IsPodReady: a Ready condition with status True. */
  public static boolean isPodReady(Pod p) {
    PodCondition c = p.status() == null ? null : p.status().condition(PodCondition.READY);
    return c != null && ConditionStatus.TRUE.equals(c.status());
  }

  /** podutil.IsPodTerminal: phase Succeeded or Failed. */
  static boolean isPodTerminal(Pod p) {
    String phase = phase(p);
    return Pod.PHASE_SUCCEEDED.equals(phase) || Pod.PHASE_FAILED.equals(phase);
  }

  /** controller.IsPodActive: not terminal and not being deleted. */
  static boolean isPodActive(Pod p) {
    return !isPodTerminal(p) && p.metadata().deletionTimestamp() == null;
  }

  /** controller.FilterActivePods. */
  static List<Pod> filterActivePods(List<Pod> pods) {
    List<Pod> out = new ArrayList<>();
    for (Pod p : pods) if (isPodActive(p)) out.add(p);
    return out;
  }

  /** controller.CountTerminatingPods: pods being deleted that are not terminal yet. */
  static int countTerminatingPods(List<Pod> pods) {
    int n = 0;
    for (Pod p : pods) if (!isPodTerminal(p) && p.metadata().deletionTimestamp() != null) n++;
    return n;
  }

  /** hasJobTrackingFinalizer. */
  static boolean hasJobTrackingFinalizer(Pod p) {
    return p.metadata().finalizers().contains(Job.JOB_TRACKING_FINALIZER);
  }

  private static final Map<String, Integer> PHASE_ORDINAL =
      Map.of(Pod.PHASE_PENDING, 0, Pod.PHASE_UNKNOWN, 1, Pod.PHASE_RUNNING, 2);

  /**
   * controller.ActivePods: the order pods are deleted in, first to go first: unassigned before
   * assigned, Pending before Unknown before Running, not ready before ready, ready for less time
   * before more, more restarts before fewer, newer before older.
   */
  static final Comparator<Pod> ACTIVE_PODS =
      (a, b) -> {
        String na = nodeName(a);
        String nb = nodeName(b);
        if (!na.equals(nb) && (na.isEmpty() || nb.isEmpty())) return na.isEmpty() ? -1 : 1;
        int pa = PHASE_ORDINAL.getOrDefault(phase(a), 0);
        int pb = PHASE_ORDINAL.getOrDefault(phase(b), 0);
        if (pa != pb) return Integer.compare(pa, pb);
        boolean ra = isPodReady(a);
        boolean rb = isPodReady(b);
        if (ra != rb) return ra ? 1 : -1;
        if (ra) {
          Instant ta = readyTime(a);
          Instant tb = readyTime(b);
          if (!Objects.equals(ta, tb)) return afterOrZero(ta, tb) ? -1 : 1;
        }
        int ca = maxContainerRestarts(a);
        int cb = maxContainerRestarts(b);
        if (ca != cb) return ca > cb ? -1 : 1;
        Instant ka = a.metadata().creationTimestamp();
        Instant kb = b.metadata().creationTimestamp();
        if (!Objects.equals(ka, kb)) return afterOrZero(ka, kb) ? -1 : 1;
        return 0;
      };

  // afterOrZero: an empty time sorts first, then the later one
  private static boolean afterOrZero(Instant t1, Instant t2) {
    if (t1 == null || t2 == null) return t1 == null;
    return t1.isAfter(t2);
  }

  private static Instant readyTime(Pod p) {
    PodCondition c = p.status().condition(PodCondition.READY);
    return c == null ? null : c.lastTransitionTime();
  }

  static int maxContainerRestarts(Pod p) {
    int max = 0;
    if (p.status() == null) return 0;
    for (ContainerStatus s : p.status().containerStatuses()) {
      max = Math.max(max, s.restartCount() == null ? 0 : s.restartCount());
    }
    return max;
  }

  static String nodeName(Pod p) {
    return p.spec() == null || p.spec().nodeName() == null ? "" : p.spec().nodeName();
  }
}
