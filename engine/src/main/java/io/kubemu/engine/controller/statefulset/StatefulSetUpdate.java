package io.kubemu.engine.controller.statefulset;

import static io.kubemu.engine.controller.statefulset.PodStates.isCreated;
import static io.kubemu.engine.controller.statefulset.PodStates.isFailed;
import static io.kubemu.engine.controller.statefulset.PodStates.isHealthy;
import static io.kubemu.engine.controller.statefulset.PodStates.isPending;
import static io.kubemu.engine.controller.statefulset.PodStates.isRunningAndAvailable;
import static io.kubemu.engine.controller.statefulset.PodStates.isRunningAndReady;
import static io.kubemu.engine.controller.statefulset.PodStates.isSucceeded;
import static io.kubemu.engine.controller.statefulset.PodStates.isTerminating;

import io.kubemu.engine.api.ApiException;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetUpdateStrategy;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of upstream's updateStatefulSet: which ordinals to create, which to delete for a scale
 * down, which to delete for an update, and when to stop and wait. Side effects go through {@link
 * StatefulPodControl}. One instance per sync; not thread-safe.
 *
 * <p>OrderedReady ("monotonic") handles one ordinal at a time: 0..N-1 are created in order, each
 * only once its predecessors are Running, Ready and available for minReadySeconds; condemned
 * ordinals go from the highest down, each once the previous is gone; nothing moves while a pod is
 * unhealthy. Parallel ("burst") creates and deletes without waiting, in slow-start batches of 1, 2,
 * 4, ... as upstream's slowStartBatch. Scaling comes before updating. A RollingUpdate then deletes
 * the highest ordinal at or above the partition that is not at the update revision (with
 * MaxUnavailableStatefulSet: up to maxUnavailable of them at once).
 */
final class StatefulSetUpdate {

  /** What a sync computed, and the error that cut it short (null if none). */
  record Result(ReplicaStatus status, ApiException error) {}

  private final StatefulPodControl podControl;
  private final StatefulSet set;
  private final StatefulSet updateSet;
  private final ControllerRevision currentRevision;
  private final ControllerRevision updateRevision;
  private final int minReadySeconds;
  private final Instant now;
  private final boolean maxUnavailableEnabled;
  private final boolean monotonic;
  private final ReplicaStatus status = new ReplicaStatus();
  private Pod[] replicas; // null: a missing ordinal whose pod is not built yet (see replica)
  private List<Pod> condemned;
  private StatefulSet currentSet;

  /** Stands for a missing replica as the first unhealthy pod. */
  private static final Object MISSING = new Object();

  /** {@return replica i, building the missing one (newVersionedStatefulSetPod) on first use} */
  private Pod replica(int i) {
    if (replicas[i] == null) {
      replicas[i] =
          StatefulSetUtils.newVersionedStatefulSetPod(
              currentSet,
              updateSet,
              currentRevision.metadata().name(),
              updateRevision.metadata().name(),
              StatefulSetUtils.getStartOrdinal(set) + i);
    }
    return replicas[i];
  }

  StatefulSetUpdate(
      StatefulPodControl podControl,
      StatefulSet set,
      ControllerRevision currentRevision,
      ControllerRevision updateRevision,
      int collisionCount,
      Instant now,
      boolean maxUnavailableEnabled) {
    this.podControl = podControl;
    this.set = set;
    this.updateSet = StatefulSetRevisions.applyRevision(set, updateRevision);
    this.currentRevision = currentRevision;
    this.updateRevision = updateRevision;
    this.minReadySeconds = StatefulSetUtils.minReadySeconds(set);
    this.now = now;
    this.maxUnavailableEnabled = maxUnavailableEnabled;
    this.monotonic = !StatefulSetUtils.allowsBurst(set);
    Long gen = set.metadata().generation();
    status.observedGeneration = gen == null ? 0 : gen;
    status.currentRevision = currentRevision.metadata().name();
    status.updateRevision = updateRevision.metadata().name();
    status.collisionCount = collisionCount;
  }

  /** updateStatefulSet: {@return the status, and the error if one cut the pass short} */
  Result run(List<Pod> pods) {
    StatefulSet currentSet = StatefulSetRevisions.applyRevision(set, currentRevision);
    count(List.of(pods));
    int start = StatefulSetUtils.getStartOrdinal(set);
    replicas = new Pod[StatefulSetUtils.replicas(set)];
    condemned = new ArrayList<>();
    // partition the pods into the valid replicas (by ordinal) and the condemned
    int end = StatefulSetUtils.getEndOrdinal(set);
    for (Pod pod : pods) {
      int ordinal = StatefulSetUtils.getOrdinal(pod);
      if (ordinal >= start && ordinal <= end) { // podInOrdinalRange
        replicas[ordinal - start] = pod;
      } else if (ordinal >= 0) {
        condemned.add(pod);
      } // an ordinal that does not parse: ignored
    }
    // any missing ordinal gets a new pod at the right revision: built when first needed (an
    // OrderedReady scale-up to 100 would otherwise build ~100 unused pods on every sync)
    this.currentSet = currentSet;
    condemned.sort(PodStates.DESCENDING_ORDINAL);
    // the first unhealthy pod: among the replicas by ordinal, else the lowest condemned one; a
    // missing replica (never healthy) stands for its future pod
    Object firstUnhealthyPod = null;
    for (int i = 0; i < replicas.length && firstUnhealthyPod == null; i++) {
      if (replicas[i] == null) firstUnhealthyPod = MISSING;
      else if (!isHealthy(replicas[i])) firstUnhealthyPod = replicas[i];
    }
    for (int i = condemned.size() - 1; i >= 0; i--) {
      if (!isHealthy(condemned.get(i)) && firstUnhealthyPod == null) {
        firstUnhealthyPod = condemned.get(i);
      }
    }
    if (set.metadata().deletionTimestamp() != null) return new Result(status, null);
    try {
      if (runForAll(replicas.length, this::processReplica)
          || runForAll(condemned.size(), this::fixPodClaim)) {
        return counted(null);
      }
      Object firstUnhealthy = firstUnhealthyPod;
      if (runForAll(condemned.size(), i -> processCondemned(firstUnhealthy, i))) {
        return counted(null);
      }
    } catch (ApiException e) {
      return counted(e);
    }
    countAll();
    // OnDelete: pods are updated when someone deletes them
    if (StatefulSetUpdateStrategy.ON_DELETE.equals(StatefulSetUtils.updateStrategyType(set))) {
      return new Result(status, null);
    }
    try {
      if (maxUnavailableEnabled) {
        updateAfterInvariantEstablished();
      } else {
        rollingUpdateOne();
      }
    } catch (ApiException e) {
      return new Result(status, e);
    }
    return new Result(status, null);
  }

  // the rolling update without MaxUnavailableStatefulSet: delete the highest ordinal >= partition
  // not at the update revision, or wait while the next one down is unhealthy
  private void rollingUpdateOne() {
    int updateMin = StatefulSetUtils.partition(set);
    for (int target = replicas.length - 1; target >= updateMin; target--) {
      Pod pod = replica(target);
      if (!StatefulSetUtils.getPodRevision(pod).equals(updateRevision.metadata().name())
          && !isTerminating(pod)) {
        deleteIgnoringNotFound(pod);
        status.currentReplicas--;
        return;
      }
      if (!isHealthy(pod)) return; // wait for unhealthy pods on update
    }
  }

  /**
   * updateStatefulSetAfterInvariantEstablished (MaxUnavailableStatefulSet): with u unhealthy
   * replicas and m = maxUnavailable (default 1, percent of replicas rounded down, at least 1),
   * delete up to m - u outdated pods from the highest ordinal down to the partition.
   */
  private void updateAfterInvariantEstablished() {
    int updateMin = StatefulSetUtils.partition(set);
    var ru = StatefulSetUtils.spec(set).updateStrategy();
    int maxUnavailable =
        ru == null || ru.rollingUpdate() == null
            ? 1
            : StatefulSetUtils.getStatefulSetMaxUnavailable(
                ru.rollingUpdate().maxUnavailable(), replicas.length);
    int unavailablePods = 0;
    for (int i = 0; i < replicas.length; i++) if (!isHealthy(replica(i))) unavailablePods++;
    if (unavailablePods >= maxUnavailable) return;
    int podsToDelete = maxUnavailable - unavailablePods;
    int deleted = 0;
    for (int target = replicas.length - 1;
        target >= updateMin && deleted < podsToDelete;
        target--) {
      Pod pod = replica(target);
      if (!StatefulSetUtils.getPodRevision(pod).equals(updateRevision.metadata().name())
          && !isTerminating(pod)) {
        deleteIgnoringNotFound(pod);
        deleted++;
        status.currentReplicas--;
      }
    }
  }

  private void deleteIgnoringNotFound(Pod pod) {
    try {
      podControl.deleteStatefulPod(set, pod);
    } catch (ApiException.NotFound e) {
      // already gone
    }
  }

  /** processReplica: {@return whether the pass must stop here (monotonic waits)} */
  private boolean processReplica(int i) {
    Pod pod = replica(i);
    // Failed or Succeeded pods are deleted; a new one comes once the old one is gone
    if (isFailed(pod) || isSucceeded(pod)) {
      if (pod.metadata().deletionTimestamp() == null) podControl.deleteStatefulPod(set, pod);
      return true;
    }
    if (!isCreated(pod)) {
      if (podControl.podClaimIsStale(set, pod)) return true; // a stale PVC blocks this round
      podControl.createStatefulPod(set, pod);
      if (monotonic) return true; // no bursting: one creation per pass
    }
    if (isPending(pod)) podControl.createMissingPersistentVolumeClaims(set, pod);
    if (isTerminating(pod) && monotonic) return true; // wait for graceful deletion
    if (!isRunningAndReady(pod) && monotonic) return true; // predecessors must be ready
    if (!isRunningAndAvailable(pod, minReadySeconds, now) && monotonic) return true;
    boolean retentionMatch;
    try {
      retentionMatch = podControl.claimsMatchRetentionPolicy(updateSet, pod);
    } catch (ApiException e) {
      retentionMatch = true; // expected while the pod is not fully updated
    }
    if (StatefulSetUtils.identityMatches(set, pod)
        && StatefulSetUtils.storageMatches(set, pod)
        && retentionMatch) {
      return false;
    }
    podControl.updateStatefulPod(updateSet, pod);
    return false;
  }

  // fixPodClaim: condemned pods' claims get the owner references of the retention policy
  private boolean fixPodClaim(int i) {
    Pod pod = condemned.get(i);
    if (!podControl.claimsMatchRetentionPolicy(updateSet, pod)) {
      podControl.updatePodClaimForRetentionPolicy(updateSet, pod);
    }
    return false;
  }

  /** processCondemned: delete one condemned pod, highest ordinal first when monotonic. */
  private boolean processCondemned(Object firstUnhealthyPod, int i) {
    Pod pod = condemned.get(i);
    if (isTerminating(pod)) return monotonic; // wait for it to go before the next
    if (!isRunningAndReady(pod) && monotonic && pod != firstUnhealthyPod) return true;
    if (!isRunningAndAvailable(pod, minReadySeconds, now)
        && monotonic
        && pod != firstUnhealthyPod) {
      return true;
    }
    podControl.deleteStatefulPod(set, pod);
    return true;
  }

  private boolean runForAll(int n, RunForAll.Step fn) {
    return RunForAll.run(n, fn, monotonic);
  }

  private Result counted(ApiException error) {
    countAll();
    return new Result(status, error);
  }

  private void countAll() {
    List<Pod> built = new ArrayList<>(); // a missing replica is not created: it counts for nothing
    for (Pod p : replicas) if (p != null) built.add(p);
    count(List.of(built, condemned));
  }

  private void count(List<List<Pod>> lists) {
    status.count(minReadySeconds, now, currentRevision, updateRevision, lists);
  }
}
