package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The RollingUpdate strategy (upstream pkg/controller/deployment/rolling.go): each sync first grows
 * the new ReplicaSet within maxSurge, then shrinks the old ones within maxUnavailable, then (when
 * the rollout is complete) cleans up old ReplicaSets.
 */
final class Rolling {
  private final DeploymentController dc;

  Rolling(DeploymentController dc) {
    this.dc = dc;
  }

  /** rolloutRolling: scale up, else scale down, else clean up; then the rollout status. */
  void rolloutRolling(MutableDeployment d, List<ReplicaSet> rsList) {
    Sync.ReplicaSets s = dc.sync.getAllReplicaSetsAndSyncRevision(d, rsList, true);
    ReplicaSet newRS = s.newRS();
    List<ReplicaSet> allRSs = s.all();
    if (reconcileNewReplicaSet(allRSs, newRS, d.get())) {
      dc.progress.syncRolloutStatus(allRSs, newRS, d);
      return;
    }
    List<ReplicaSet> activeOld = ControllerUtils.filterActiveReplicaSets(s.oldRSs());
    if (reconcileOldReplicaSets(allRSs, activeOld, newRS, d.get())) {
      dc.progress.syncRolloutStatus(allRSs, newRS, d);
      return;
    }
    if (DeploymentConditions.deploymentComplete(d.get(), d.status())) {
      dc.sync.cleanupDeployment(s.oldRSs(), d.get());
    }
    dc.progress.syncRolloutStatus(allRSs, newRS, d);
  }

  /**
   * reconcileNewReplicaSet: a new set above replicas shrinks to replicas; below, it grows to
   * NewRSNewReplicas. Replicas 10, maxSurge 2: with old sets at 10 the new set goes 0 → 2; with old
   * at 5, 0 → 7; with old at 10 and new at 2 there is no room (12 pods), nothing happens.
   *
   * @return whether the new set was scaled
   */
  boolean reconcileNewReplicaSet(List<ReplicaSet> allRSs, ReplicaSet newRS, Deployment d) {
    int replicas = DeploymentUtil.replicas(d);
    int current = ControllerUtils.replicas(newRS);
    if (current == replicas) return false;
    if (current > replicas) {
      return dc.sync.scaleReplicaSetAndRecordEvent(newRS, replicas, d).scaled();
    }
    int newReplicasCount = Fenceposts.newRSNewReplicas(d, allRSs, newRS);
    return dc.sync.scaleReplicaSetAndRecordEvent(newRS, newReplicasCount, d).scaled();
  }

  /**
   * reconcileOldReplicaSets: how far old sets may shrink is
   *
   * <pre>maxScaledDown = allPodsCount - minAvailable - newRSUnavailablePodCount</pre>
   *
   * counting the surge pods already created and the new set's pods that are not yet available, so
   * that those never let availability drop further. Replicas 10, maxUnavailable 2, maxSurge 3: the
   * new set at 5 (none available), old at 8: 13 - 8 - 5 = 0, nothing moves; after a rollback to a
   * healthy template with 1 new pod unavailable, 13 - 8 - 1 = 4 pods may go. Unhealthy old pods go
   * first (cleanupUnhealthyReplicas), then available ones within maxUnavailable.
   *
   * @return whether any old set was scaled down
   */
  boolean reconcileOldReplicaSets(
      List<ReplicaSet> allRSs, List<ReplicaSet> oldRSs, ReplicaSet newRS, Deployment d) {
    int oldPodsCount = DeploymentUtil.replicaCount(oldRSs);
    if (oldPodsCount == 0) return false; // cannot scale down further
    int allPodsCount = DeploymentUtil.replicaCount(allRSs);
    int minAvailable = DeploymentUtil.replicas(d) - Fenceposts.maxUnavailable(d);
    int newRSUnavailablePodCount = ControllerUtils.replicas(newRS) - available(newRS);
    int maxScaledDown = allPodsCount - minAvailable - newRSUnavailablePodCount;
    if (maxScaledDown <= 0) return false;

    // Errors end this step quietly, as upstream's: the next sync starts over.
    Cleanup c;
    try {
      c = cleanupUnhealthyReplicas(oldRSs, d, maxScaledDown);
    } catch (ApiException e) {
      return false;
    }
    List<ReplicaSet> all = new ArrayList<>(c.oldRSs());
    if (newRS != null) all.add(newRS);
    int scaledDownCount;
    try {
      scaledDownCount = scaleDownOldReplicaSetsForRollingUpdate(all, c.oldRSs(), d);
    } catch (ApiException e) {
      return false;
    }
    return c.cleanupCount() + scaledDownCount > 0;
  }

  /** The old sets after a cleanup and how many replicas it removed. */
  record Cleanup(List<ReplicaSet> oldRSs, int cleanupCount) {}

  /**
   * cleanupUnhealthyReplicas: oldest first, each old set loses its unavailable pods (spec replicas
   * - available), at most {@code maxCleanupCount} in all. An old set of 10 with 8 available and a
   * budget of 1 goes to 9; with a budget of 3, to 8. The replica set controller deletes not-ready
   * pods first, so these are the unhealthy ones.
   */
  Cleanup cleanupUnhealthyReplicas(List<ReplicaSet> oldRSs, Deployment d, int maxCleanupCount) {
    List<ReplicaSet> sorted = new ArrayList<>(oldRSs);
    sorted.sort(ControllerUtils.BY_CREATION_TIMESTAMP);
    int totalScaledDown = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (totalScaledDown >= maxCleanupCount) break;
      ReplicaSet target = sorted.get(i);
      int replicas = ControllerUtils.replicas(target);
      if (replicas == 0) continue;
      if (replicas == available(target)) continue; // no unhealthy replicas
      int scaledDownCount =
          Math.min(maxCleanupCount - totalScaledDown, replicas - available(target));
      int newReplicasCount = replicas - scaledDownCount;
      if (newReplicasCount > replicas) {
        throw ControllerUtils.syncError(
            "when cleaning up unhealthy replicas, got invalid request to scale down "
                + target.metadata().key()
                + " "
                + replicas
                + " -> "
                + newReplicasCount);
      }
      Sync.Scaled r = dc.sync.scaleReplicaSetAndRecordEvent(target, newReplicasCount, d);
      totalScaledDown += scaledDownCount;
      sorted.set(i, r.rs());
    }
    return new Cleanup(sorted, totalScaledDown);
  }

  /**
   * scaleDownOldReplicaSetsForRollingUpdate: old sets, oldest first, lose available pods down to
   * minAvailable = replicas - maxUnavailable. Replicas 10, maxUnavailable 2, 10 available: 2 go;
   * with 8 available, none.
   *
   * @return the replicas removed
   */
  int scaleDownOldReplicaSetsForRollingUpdate(
      List<ReplicaSet> allRSs, List<ReplicaSet> oldRSs, Deployment d) {
    int minAvailable = DeploymentUtil.replicas(d) - Fenceposts.maxUnavailable(d);
    int availablePodCount = DeploymentUtil.availableReplicaCount(allRSs);
    if (availablePodCount <= minAvailable) return 0; // cannot scale down
    List<ReplicaSet> sorted = new ArrayList<>(oldRSs);
    sorted.sort(ControllerUtils.BY_CREATION_TIMESTAMP);
    int totalScaledDown = 0;
    int totalScaleDownCount = availablePodCount - minAvailable;
    for (ReplicaSet target : sorted) {
      if (totalScaledDown >= totalScaleDownCount) break;
      int replicas = ControllerUtils.replicas(target);
      if (replicas == 0) continue;
      int scaleDownCount = Math.min(replicas, totalScaleDownCount - totalScaledDown);
      dc.sync.scaleReplicaSetAndRecordEvent(target, replicas - scaleDownCount, d);
      totalScaledDown += scaleDownCount;
    }
    return totalScaledDown;
  }

  private static int available(ReplicaSet rs) {
    return rs == null || rs.status() == null
        ? 0
        : DeploymentUtil.i(rs.status().availableReplicas());
  }
}
