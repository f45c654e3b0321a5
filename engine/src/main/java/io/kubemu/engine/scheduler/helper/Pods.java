package io.kubemu.engine.scheduler.helper;

import io.kubemu.model.core.Pod;
import java.time.Instant;

/** Small pod helpers the scheduler shares (upstream corev1helpers / schedutil). */
public final class Pods {

  private Pods() {}

  /** {@return spec.priority, 0 when unset} (upstream corev1helpers.PodPriority) */
  public static int priority(Pod pod) {
    return pod.spec() == null || pod.spec().priority() == null ? 0 : pod.spec().priority();
  }

  /** {@return {@code namespace/name}} */
  public static String key(Pod pod) {
    return pod.metadata().namespace() + "/" + pod.metadata().name();
  }

  /** {@return spec.nodeName, or "" when unbound} */
  public static String nodeName(Pod pod) {
    return pod.spec() == null || pod.spec().nodeName() == null ? "" : pod.spec().nodeName();
  }

  /** {@return status.nominatedNodeName, or ""} */
  public static String nominatedNodeName(Pod pod) {
    return pod.status() == null || pod.status().nominatedNodeName() == null
        ? ""
        : pod.status().nominatedNodeName();
  }

  /**
   * {@return status.startTime, or null for a pod that has not started} (upstream GetPodStartTime,
   * which answers "now" for those: later than every started pod)
   */
  public static Instant startTime(Pod pod) {
    return pod.status() == null ? null : pod.status().startTime();
  }

  /**
   * {@return whether p1 is more important than p2}: higher priority, then earlier start time
   * (upstream schedutil.MoreImportantPod)
   */
  public static boolean moreImportant(Pod p1, Pod p2) {
    int a = priority(p1);
    int b = priority(p2);
    if (a != b) {
      return a > b;
    }
    Instant t1 = startTime(p1);
    Instant t2 = startTime(p2);
    if (t1 == null) {
      return false; // "now" is before no start time
    }
    return t2 == null || t1.isBefore(t2);
  }
}
