package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Recreate strategy (upstream pkg/controller/deployment/recreate.go): every old ReplicaSet goes
 * to 0, the new one is created only once no old pod runs any more, then it is scaled to replicas at
 * once.
 */
final class Recreate {
  private final DeploymentController dc;

  Recreate(DeploymentController dc) {
    this.dc = dc;
  }

  /** rolloutRecreate. */
  void rolloutRecreate(
      MutableDeployment d, List<ReplicaSet> rsList, Map<String, List<Pod>> podMap) {
    // Do not create the new set yet: scaling up before scaling down would break the strategy.
    Sync.ReplicaSets s = dc.sync.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    ReplicaSet newRS = s.newRS();
    List<ReplicaSet> oldRSs = s.oldRSs();
    List<ReplicaSet> allRSs = s.all();
    List<ReplicaSet> activeOldRSs = ControllerUtils.filterActiveReplicaSets(oldRSs);

    if (scaleDownOldReplicaSetsForRecreate(activeOldRSs, d.get())) {
      dc.progress.syncRolloutStatus(allRSs, newRS, d);
      return;
    }
    // Wait until every old pod is gone (terminating ones included).
    if (oldPodsRunning(newRS, oldRSs, podMap)) {
      dc.progress.syncRolloutStatus(allRSs, newRS, d);
      return;
    }
    if (newRS == null) {
      s = dc.sync.getAllReplicaSetsAndSyncRevision(d, rsList, true);
      newRS = s.newRS();
      oldRSs = s.oldRSs();
      allRSs = s.all();
    }
    scaleUpNewReplicaSetForRecreate(newRS, d.get());
    if (DeploymentConditions.deploymentComplete(d.get(), d.status())) {
      dc.sync.cleanupDeployment(oldRSs, d.get());
    }
    dc.progress.syncRolloutStatus(allRSs, newRS, d);
  }

  /** scaleDownOldReplicaSetsForRecreate: every active old set to 0. */
  boolean scaleDownOldReplicaSetsForRecreate(List<ReplicaSet> oldRSs, Deployment d) {
    boolean scaled = false;
    for (ReplicaSet rs : new ArrayList<>(oldRSs)) {
      if (ControllerUtils.replicas(rs) == 0) continue;
      if (dc.sync.scaleReplicaSetAndRecordEvent(rs, 0, d).scaled()) scaled = true;
    }
    return scaled;
  }

  /**
   * oldPodsRunning: whether an old set still reports pods, or any pod of an old set is neither
   * Succeeded nor Failed (Unknown counts as running).
   */
  static boolean oldPodsRunning(
      ReplicaSet newRS, List<ReplicaSet> oldRSs, Map<String, List<Pod>> podMap) {
    if (DeploymentUtil.actualReplicaCount(oldRSs) > 0) return true;
    for (Map.Entry<String, List<Pod>> e : podMap.entrySet()) {
      if (newRS != null && Objects.equals(newRS.metadata().uid(), e.getKey())) continue;
      for (Pod pod : e.getValue()) {
        String phase = PodUtils.phase(pod);
        if (Pod.PHASE_FAILED.equals(phase) || Pod.PHASE_SUCCEEDED.equals(phase)) continue;
        return true;
      }
    }
    return false;
  }

  /** scaleUpNewReplicaSetForRecreate: the new set to replicas. */
  boolean scaleUpNewReplicaSetForRecreate(ReplicaSet newRS, Deployment d) {
    return dc.sync.scaleReplicaSetAndRecordEvent(newRS, DeploymentUtil.replicas(d), d).scaled();
  }
}
