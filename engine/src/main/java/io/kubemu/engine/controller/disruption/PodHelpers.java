package io.kubemu.engine.controller.disruption;

import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Pod condition helpers shared by the eviction API and the taint-eviction controller. */
public final class PodHelpers {
  private PodHelpers() {}

  /** {@return whether the pod's Ready condition is True} (upstream podutil.IsPodReady) */
  public static boolean isReady(Pod pod) {
    PodCondition c = pod.status() == null ? null : pod.status().condition(PodCondition.READY);
    return c != null && ConditionStatus.TRUE.equals(c.status());
  }

  /**
   * {@return the pod with the condition set (added or replaced; lastTransitionTime kept when the
   * status does not change)} (upstream apipod.UpdatePodCondition)
   */
  public static Pod withCondition(Pod pod, PodCondition condition, Instant now) {
    PodStatus status = pod.status() == null ? PodStatus.EMPTY : pod.status();
    List<PodCondition> out = new ArrayList<>();
    boolean found = false;
    for (PodCondition c : status.conditions()) {
      if (c.type().equals(condition.type())) {
        found = true;
        Instant t = c.status().equals(condition.status()) ? c.lastTransitionTime() : now;
        out.add(
            new PodCondition(
                condition.type(),
                condition.status(),
                condition.lastProbeTime(),
                t,
                condition.reason(),
                condition.message()));
      } else {
        out.add(c);
      }
    }
    if (!found) {
      out.add(
          new PodCondition(
              condition.type(),
              condition.status(),
              condition.lastProbeTime(),
              now,
              condition.reason(),
              condition.message()));
    }
    return pod.withStatus(status.withConditions(out));
  }

  /** {@return a DisruptionTarget=True condition with a reason and message} */
  public static PodCondition disruptionTarget(String reason, String message) {
    return new PodCondition(
        PodCondition.DISRUPTION_TARGET, ConditionStatus.TRUE, null, null, reason, message);
  }

  /** {@return whether the pod is Succeeded or Failed} */
  public static boolean isTerminal(Pod pod) {
    String phase = pod.status() == null ? null : pod.status().phase();
    return Pod.PHASE_SUCCEEDED.equals(phase) || Pod.PHASE_FAILED.equals(phase);
  }
}
