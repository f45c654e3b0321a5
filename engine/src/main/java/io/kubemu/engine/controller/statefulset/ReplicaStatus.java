package io.kubemu.engine.controller.statefulset;

import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSetStatus;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.List;

/**
 * The status a sync computes (upstream's apps.StatefulSetStatus built in updateStatefulSet): the
 * revisions and counters, mutable while the sync runs. Not thread-safe.
 */
final class ReplicaStatus {
  long observedGeneration;
  String currentRevision;
  String updateRevision;
  int collisionCount;
  int replicas;
  int readyReplicas;
  int availableReplicas;
  int currentReplicas;
  int updatedReplicas;

  /**
   * updateStatus/computeReplicaStatus: counts the created pods, the running-and-ready ones, the
   * available ones, and (among created, not terminating pods) those at each revision.
   */
  void count(
      int minReadySeconds,
      Instant now,
      ControllerRevision current,
      ControllerRevision update,
      List<List<Pod>> podLists) {
    replicas = 0;
    readyReplicas = 0;
    availableReplicas = 0;
    currentReplicas = 0;
    updatedReplicas = 0;
    String cur = current.metadata().name();
    String upd = update.metadata().name();
    for (List<Pod> list : podLists) {
      for (Pod pod : list) {
        if (PodStates.isCreated(pod)) replicas++;
        if (PodStates.isRunningAndReady(pod)) {
          readyReplicas++;
          if (PodStates.isRunningAndAvailable(pod, minReadySeconds, now)) availableReplicas++;
        }
        if (PodStates.isCreated(pod) && !PodStates.isTerminating(pod)) {
          String revision = StatefulSetUtils.getPodRevision(pod);
          if (revision.equals(cur)) currentReplicas++;
          if (revision.equals(upd)) updatedReplicas++;
        }
      }
    }
  }

  /** {@return the API form (no conditions: upstream starts from an empty status)} */
  StatefulSetStatus toStatus() {
    return new StatefulSetStatus(
        observedGeneration,
        replicas,
        readyReplicas,
        currentReplicas,
        updatedReplicas,
        currentRevision,
        updateRevision,
        collisionCount,
        List.of(),
        availableReplicas);
  }
}
