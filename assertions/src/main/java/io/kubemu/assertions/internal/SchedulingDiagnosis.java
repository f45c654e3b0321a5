package io.kubemu.assertions.internal;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a pod is not scheduled, in the scheduler's words: the PodScheduled=False condition's message
 * and the FailedScheduling events' messages (upstream's FitError text, e.g. {@code 0/3 nodes are
 * available: 3 Insufficient cpu.}).
 *
 * <p>This is the hook for the scheduler's per-node explanation: once the cluster exposes {@code
 * explain(pod)}, {@link #explanation} returns its table and the placement messages print it.
 */
public final class SchedulingDiagnosis {
  private SchedulingDiagnosis() {}

  /** The FailedScheduling event reason (upstream {@code FailedScheduling}). */
  public static final String FAILED_SCHEDULING = "FailedScheduling";

  /**
   * {@return the scheduling failure messages, oldest first, without repeats: the PodScheduled
   * condition's (reason Unschedulable) and, when the cluster is known, the FailedScheduling
   * events'}
   */
  public static List<String> failureMessages(Pod pod, Cluster cluster) {
    List<String> messages = new ArrayList<>();
    if (cluster != null) {
      for (Event e : cluster.events(pod)) {
        if (FAILED_SCHEDULING.equals(e.reason()) && e.message() != null) add(messages, e.message());
      }
    }
    PodCondition scheduled = PodStates.condition(pod, PodCondition.POD_SCHEDULED);
    if (scheduled != null && "False".equals(scheduled.status()) && scheduled.message() != null) {
      add(messages, scheduled.message());
    }
    return messages;
  }

  /** {@return the latest failure message, or null} */
  public static String latest(Pod pod, Cluster cluster) {
    List<String> all = failureMessages(pod, cluster);
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  /**
   * {@return the scheduler's explanation of its last attempt for the pod, or null while the cluster
   * does not expose one}
   */
  public static String explanation(Pod pod, Cluster cluster) {
    return null; // hook: cluster.explain(pod).table() once the scheduler publishes it
  }

  private static void add(List<String> messages, String message) {
    messages.remove(message);
    messages.add(message);
  }
}
