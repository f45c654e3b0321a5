package io.kubemu.engine.kubelet;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.Preconditions;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kubelet's status manager (pkg/kubelet/status/status_manager.go): caches the status each sync
 * generates (keeping condition transition times and the start time), and writes it to the API
 * server's status subresource when it changed, merged with the conditions others own; once a
 * deleted pod's containers have all stopped and its terminal status is written, it removes the pod
 * (delete with grace period 0 and a uid precondition). Writes happen at once, on the loop's thread.
 */
final class StatusManager {

  private final ApiServer api;
  private final Map<String, Slot> cache = new HashMap<>(); // by pod uid; lookups only

  /**
   * The cached status of one pod, held by its probe workers so that a probe reads it without a map
   * lookup; {@code detached} once the pod is forgotten.
   */
  static final class Slot {
    private PodStatus status;
    private boolean detached;

    /** {@return the cached status, null if none} */
    PodStatus status() {
      return status;
    }

    boolean detached() {
      return detached;
    }
  }

  StatusManager(ApiServer api) {
    this.api = api;
  }

  /** {@return the last status set for the pod} (GetPodStatus) */
  Optional<PodStatus> get(String uid) {
    return Optional.ofNullable(current(uid));
  }

  /** {@return the cached status of the pod, null if none} */
  PodStatus current(String uid) {
    Slot s = cache.get(uid);
    return s == null ? null : s.status;
  }

  /** {@return the pod's slot, created (without a status) if missing} */
  Slot slot(String uid) {
    return cache.computeIfAbsent(uid, k -> new Slot());
  }

  /** {@return the pod's slot, null if the pod has none} */
  Slot existingSlot(String uid) {
    return cache.get(uid);
  }

  /** Forgets a pod. */
  void remove(String uid) {
    Slot s = cache.remove(uid);
    if (s != null) {
      s.status = null;
      s.detached = true;
    }
  }

  /**
   * SetPodStatus + syncPod: caches {@code status} and writes it when it differs from the API's.
   *
   * @param couldHaveRunningContainers whether containers may still run (delays a terminal phase)
   * @param podIsFinished whether the pod worker is done with the pod (a deleted pod may then go)
   */
  void setPodStatus(
      Pod pod, PodStatus status, boolean couldHaveRunningContainers, boolean podIsFinished) {
    String uid = pod.metadata().uid();
    PodStatus old = current(uid);
    if (old == null) old = pod.status() == null ? PodStatus.EMPTY : pod.status();
    PodStatus s = status;
    List<PodCondition> conditions = new ArrayList<>();
    Instant now = ContainerStatuses.seconds(api.clock().instant());
    for (PodCondition c : s.conditions()) conditions.add(withTransitionTime(c, old, now));
    s = s.withConditions(conditions);
    // ensure that the start time does not change across updates
    if (old.startTime() != null) s = s.withStartTime(old.startTime());
    else if (s.startTime() == null) s = s.withStartTime(now);
    slot(uid).status = s;
    syncPod(pod, s, couldHaveRunningContainers, podIsFinished);
  }

  // updateLastTransitionTime
  private static PodCondition withTransitionTime(PodCondition c, PodStatus old, Instant now) {
    PodCondition prev = old.condition(c.type());
    Instant t = prev != null && c.status().equals(prev.status()) ? prev.lastTransitionTime() : now;
    if (t == null) t = now;
    return new PodCondition(c.type(), c.status(), c.lastProbeTime(), t, c.reason(), c.message());
  }

  private void syncPod(
      Pod cachedPod, PodStatus status, boolean couldHaveRunningContainers, boolean podIsFinished) {
    Optional<Pod> current =
        api.find(Pod.class, cachedPod.metadata().namespace(), cachedPod.metadata().name());
    if (current.isEmpty() || !cachedPod.metadata().uid().equals(current.get().metadata().uid())) {
      return; // deleted (or replaced by a pod of the same name)
    }
    Pod pod = current.get();
    PodStatus apiStatus = pod.status() == null ? PodStatus.EMPTY : pod.status();
    PodStatus merged = mergePodStatus(apiStatus, status, couldHaveRunningContainers);
    if (!merged.equals(apiStatus)) {
      try {
        pod = api.updateStatus(pod.withStatus(merged));
      } catch (ApiException.NotFound e) {
        return;
      }
    }
    if (canBeDeleted(pod, podIsFinished)) {
      try {
        api.delete(
            Pod.class,
            pod.metadata().namespace(),
            pod.metadata().name(),
            DeleteOptions.gracePeriod(0)
                .withPreconditions(Preconditions.uid(pod.metadata().uid())));
      } catch (ApiException.NotFound | ApiException.Conflict e) {
        // already gone
      }
    }
  }

  // canBeDeleted: deleted, terminal in the API, and the pod worker is finished
  private static boolean canBeDeleted(Pod pod, boolean podIsFinished) {
    if (pod.metadata().deletionTimestamp() == null) return false;
    String phase = pod.status() == null ? null : pod.status().phase();
    if (!Pod.PHASE_FAILED.equals(phase) && !Pod.PHASE_SUCCEEDED.equals(phase)) return false;
    return podIsFinished;
  }

  static boolean isTerminal(String phase) {
    return Pod.PHASE_FAILED.equals(phase) || Pod.PHASE_SUCCEEDED.equals(phase);
  }

  // mergePodStatus
  static PodStatus mergePodStatus(
      PodStatus oldStatus, PodStatus newStatus, boolean couldHaveRunningContainers) {
    List<PodCondition> conditions = new ArrayList<>();
    for (PodCondition c : oldStatus.conditions()) {
      if (!PodConditions.BY_KUBELET.contains(c.type())) conditions.add(c);
    }
    boolean toTerminal = !isTerminal(oldStatus.phase()) && isTerminal(newStatus.phase());
    for (PodCondition c : newStatus.conditions()) {
      if (PodConditions.BY_KUBELET.contains(c.type())) conditions.add(c);
    }
    PodStatus s = newStatus.withConditions(conditions);
    if (toTerminal && couldHaveRunningContainers) {
      s =
          s.withPhase(oldStatus.phase())
              .withReason(oldStatus.reason())
              .withMessage(oldStatus.message());
    }
    if (isTerminal(s.phase())) {
      PodCondition ready = s.condition(PodCondition.READY);
      PodCondition cr = s.condition(PodCondition.CONTAINERS_READY);
      boolean readyTrue = ready != null && ConditionStatus.TRUE.equals(ready.status());
      boolean crTrue = cr != null && ConditionStatus.TRUE.equals(cr.status());
      if (readyTrue || crTrue) {
        String reason =
            Pod.PHASE_FAILED.equals(s.phase()) ? "PodFailed" : PodConditions.POD_COMPLETED;
        List<PodCondition> out = new ArrayList<>();
        for (PodCondition c : s.conditions()) {
          if (c.type().equals(PodCondition.READY)
              || c.type().equals(PodCondition.CONTAINERS_READY)) {
            // podutil.UpdatePodCondition: the status changes, so the transition time is now
            out.add(
                new PodCondition(
                    c.type(), ConditionStatus.FALSE, null, c.lastTransitionTime(), reason, null));
          } else {
            out.add(c);
          }
        }
        s = s.withConditions(out);
      }
    }
    return s;
  }
}
