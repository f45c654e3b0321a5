package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scaling, status and cleanup shared by every path of a sync (upstream
 * pkg/controller/deployment/sync.go); the new ReplicaSet is {@link NewReplicaSet}'s.
 */
final class Sync {
  private final DeploymentController dc;

  Sync(DeploymentController dc) {
    this.dc = dc;
  }

  /** The Deployment's new ReplicaSet (null if none yet) and its old ones. */
  record ReplicaSets(ReplicaSet newRS, List<ReplicaSet> oldRSs) {
    /** {@return the old sets followed by the new one} ({@code append(oldRSs, newRS)}) */
    List<ReplicaSet> all() {
      List<ReplicaSet> all = new ArrayList<>(oldRSs);
      if (newRS != null) all.add(newRS);
      return all;
    }
  }

  /** syncStatusOnly: a Deployment being deleted only gets its status updated. */
  void syncStatusOnly(MutableDeployment d, List<ReplicaSet> rsList) {
    ReplicaSets s = getAllReplicaSetsAndSyncRevision(d, rsList, false);
    syncDeploymentStatus(s.all(), s.newRS(), d);
  }

  /** sync: scaling events and paused Deployments; a paused one is also cleaned up. */
  void sync(MutableDeployment d, List<ReplicaSet> rsList) {
    ReplicaSets s = getAllReplicaSetsAndSyncRevision(d, rsList, false);
    scale(d.get(), s.newRS(), s.oldRSs());
    if (Boolean.TRUE.equals(d.get().spec().paused()) && Rollback.getRollbackTo(d.get()) == null) {
      cleanupDeployment(s.oldRSs(), d.get());
    }
    syncDeploymentStatus(s.all(), s.newRS(), d);
  }

  /**
   * checkPausedConditions: a paused Deployment gets Progressing=Unknown DeploymentPaused, a resumed
   * one DeploymentResumed, so that the time spent paused never counts against the progress
   * deadline. A ProgressDeadlineExceeded condition is left as it is.
   */
  void checkPausedConditions(MutableDeployment d) {
    if (!DeploymentConditions.hasProgressDeadline(d.get())) return;
    DeploymentCondition cond =
        DeploymentConditions.get(d.status(), DeploymentCondition.PROGRESSING);
    if (cond != null && DeploymentConditions.TIMED_OUT_REASON.equals(cond.reason())) return;
    boolean pausedCondExists =
        cond != null && DeploymentConditions.PAUSED_DEPLOY_REASON.equals(cond.reason());
    boolean paused = Boolean.TRUE.equals(d.get().spec().paused());
    DeploymentCondition condition;
    if (paused && !pausedCondExists) {
      condition =
          DeploymentConditions.newCondition(
              DeploymentCondition.PROGRESSING,
              ConditionStatus.UNKNOWN,
              DeploymentConditions.PAUSED_DEPLOY_REASON,
              "Deployment is paused",
              dc.loop.now());
    } else if (!paused && pausedCondExists) {
      condition =
          DeploymentConditions.newCondition(
              DeploymentCondition.PROGRESSING,
              ConditionStatus.UNKNOWN,
              DeploymentConditions.RESUMED_DEPLOY_REASON,
              "Deployment is resumed",
              dc.loop.now());
    } else {
      return;
    }
    d.setStatus(DeploymentConditions.set(d.status(), condition));
    dc.api.updateStatus(d.get());
  }

  /**
   * getAllReplicaSetsAndSyncRevision: the old ReplicaSets and the new one (created when {@code
   * createIfNotExisted}), with the new one's revision raised to the highest old revision + 1 and
   * copied to the Deployment.
   */
  ReplicaSets getAllReplicaSetsAndSyncRevision(
      MutableDeployment d, List<ReplicaSet> rsList, boolean createIfNotExisted) {
    List<ReplicaSet> allOldRSs = DeploymentUtil.findOldReplicaSets(d.get(), rsList).all();
    ReplicaSet newRS =
        new NewReplicaSet(dc).getNewReplicaSet(d, rsList, allOldRSs, createIfNotExisted);
    return new ReplicaSets(newRS, allOldRSs);
  }

  /**
   * scale: a scaling event, or a paused Deployment. With one active set (or none) that set is
   * resized to replicas; a saturated new set lets every old set go to 0; otherwise, in a rolling
   * update, the change is spread over the active sets in proportion to their sizes. Scaling 5 to 10
   * (surge 0) with the new set at 2 and the old at 3, sized for 5: the old set (larger, so first)
   * gets round(3 * 10 / 5) - 3 = 3 more, the new set round(2 * 10 / 5) - 2 = 2: 6 and 4.
   */
  void scale(Deployment deployment, ReplicaSet newRS, List<ReplicaSet> oldRSs) {
    int replicas = DeploymentUtil.replicas(deployment);
    ReplicaSet activeOrLatest = DeploymentUtil.findActiveOrLatest(newRS, oldRSs);
    if (activeOrLatest != null) {
      if (ControllerUtils.replicas(activeOrLatest) == replicas) return;
      scaleReplicaSetAndRecordEvent(activeOrLatest, replicas, deployment);
      return;
    }
    if (Fenceposts.isSaturated(deployment, newRS)) {
      for (ReplicaSet old : ControllerUtils.filterActiveReplicaSets(oldRSs)) {
        scaleReplicaSetAndRecordEvent(old, 0, deployment);
      }
      return;
    }
    if (!DeploymentUtil.isRollingUpdate(deployment)) return;
    List<ReplicaSet> all = new ArrayList<>(oldRSs);
    if (newRS != null) all.add(newRS);
    List<ReplicaSet> allRSs = ControllerUtils.filterActiveReplicaSets(all);
    int allRSsReplicas = DeploymentUtil.replicaCount(allRSs);
    int allowedSize = replicas > 0 ? replicas + Fenceposts.maxSurge(deployment) : 0;
    // Replicas to add (or remove, when negative), spread from the largest set to the smallest;
    // among equal sizes the newest grows first and the oldest shrinks first.
    int toAdd = allowedSize - allRSsReplicas;
    String scalingOperation = "";
    if (toAdd > 0) {
      allRSs.sort(ControllerUtils.BY_SIZE_NEWER);
      scalingOperation = "up";
    } else if (toAdd < 0) {
      allRSs.sort(ControllerUtils.BY_SIZE_OLDER);
      scalingOperation = "down";
    }
    int added = 0;
    Map<String, Integer> nameToSize = new LinkedHashMap<>();
    for (ReplicaSet rs : allRSs) {
      if (toAdd != 0) {
        int proportion = Fenceposts.getProportion(rs, deployment, toAdd, added);
        nameToSize.put(rs.metadata().name(), ControllerUtils.replicas(rs) + proportion);
        added += proportion;
      } else {
        nameToSize.put(rs.metadata().name(), ControllerUtils.replicas(rs));
      }
    }
    for (int i = 0; i < allRSs.size(); i++) {
      ReplicaSet rs = allRSs.get(i);
      String name = rs.metadata().name();
      if (i == 0 && toAdd != 0) {
        // the leftover of rounding goes to the largest set
        nameToSize.put(name, Math.max(0, nameToSize.get(name) + toAdd - added));
      }
      scaleReplicaSet(rs, nameToSize.get(name), deployment, scalingOperation);
    }
  }

  /** The outcome of a scale: whether the size changed, and the ReplicaSet as stored. */
  record Scaled(boolean scaled, ReplicaSet rs) {}

  /** scaleReplicaSetAndRecordEvent: "up" or "down" by the sign of the change; none if equal. */
  Scaled scaleReplicaSetAndRecordEvent(ReplicaSet rs, int newScale, Deployment deployment) {
    int cur = ControllerUtils.replicas(rs);
    if (cur == newScale) return new Scaled(false, rs);
    return scaleReplicaSet(rs, newScale, deployment, cur < newScale ? "up" : "down");
  }

  /**
   * scaleReplicaSet: writes the size and the desired-replicas/max-replicas annotations when either
   * differs; a size change records ScalingReplicaSet "Scaled up replica set x to 3 from 2".
   */
  Scaled scaleReplicaSet(ReplicaSet rs, int newScale, Deployment deployment, String operation) {
    int oldScale = ControllerUtils.replicas(rs);
    boolean sizeNeedsUpdate = oldScale != newScale;
    int desired = DeploymentUtil.replicas(deployment);
    int max = desired + Fenceposts.maxSurge(deployment);
    boolean annotationsNeedUpdate =
        ReplicaSetAnnotations.replicasAnnotationsNeedUpdate(rs, desired, max);
    if (!sizeNeedsUpdate && !annotationsNeedUpdate) return new Scaled(false, rs);
    Map<String, String> a = new LinkedHashMap<>(rs.metadata().annotations());
    ReplicaSetAnnotations.setReplicasAnnotations(a, desired, max);
    ReplicaSet copy = rs.withReplicas(newScale).withMetadata(rs.metadata().withAnnotations(a));
    ReplicaSet updated = dc.api.update(copy);
    if (sizeNeedsUpdate) {
      dc.recorder.eventf(
          deployment,
          Event.TYPE_NORMAL,
          "ScalingReplicaSet",
          "Scaled %s replica set %s to %d from %d",
          operation,
          updated.metadata().name(),
          newScale,
          oldScale);
    }
    return new Scaled(sizeNeedsUpdate, updated);
  }

  /**
   * cleanupDeployment: keeps the newest revisionHistoryLimit old ReplicaSets; of the older ones,
   * deletes those with no pods, no replicas and an observed generation.
   */
  void cleanupDeployment(List<ReplicaSet> oldRSs, Deployment deployment) {
    if (!DeploymentUtil.hasRevisionHistoryLimit(deployment)) return;
    List<ReplicaSet> cleanable = new ArrayList<>();
    for (ReplicaSet rs : oldRSs) {
      if (rs != null && rs.metadata().deletionTimestamp() == null) cleanable.add(rs);
    }
    int diff = cleanable.size() - deployment.spec().revisionHistoryLimit();
    if (diff <= 0) return;
    io.kubemu.engine.controller.util.ActivePods.sort(cleanable, DeploymentUtil.BY_REVISION);
    for (int i = 0; i < diff; i++) {
      ReplicaSet rs = cleanable.get(i);
      int statusReplicas = rs.status() == null ? 0 : DeploymentUtil.i(rs.status().replicas());
      long observed =
          rs.status() == null ? 0 : DeploymentConditions.l(rs.status().observedGeneration());
      if (statusReplicas != 0
          || ControllerUtils.replicas(rs) != 0
          || DeploymentConditions.l(rs.metadata().generation()) > observed
          || rs.metadata().deletionTimestamp() != null) {
        continue;
      }
      try {
        dc.api.delete(ReplicaSet.class, rs.metadata().namespace(), rs.metadata().name());
      } catch (ApiException.NotFound gone) {
        // already deleted
      }
    }
  }

  /** syncDeploymentStatus: writes calculateStatus unless nothing changed. */
  void syncDeploymentStatus(List<ReplicaSet> allRSs, ReplicaSet newRS, MutableDeployment d) {
    DeploymentStatus newStatus = calculateStatus(allRSs, newRS, d.get(), dc.loop.now());
    if (DeploymentConditions.statusEquals(d.get().status(), newStatus)) return;
    d.setStatus(newStatus);
    dc.api.updateStatus(d.get());
  }

  /**
   * calculateStatus: the counts summed over the ReplicaSets (updated = the new set's pods;
   * unavailable = the sets' spec.replicas - available pods, at least 0) and Available=True
   * MinimumReplicasAvailable when at least replicas - maxUnavailable pods are available.
   */
  static DeploymentStatus calculateStatus(
      List<ReplicaSet> allRSs, ReplicaSet newRS, Deployment deployment, java.time.Instant now) {
    int available = DeploymentUtil.availableReplicaCount(allRSs);
    int total = DeploymentUtil.replicaCount(allRSs);
    int unavailable = Math.max(0, total - available);
    DeploymentStatus cur = DeploymentConditions.orEmpty(deployment.status());
    DeploymentStatus status =
        new DeploymentStatus(
            DeploymentConditions.l(deployment.metadata().generation()),
            DeploymentUtil.actualReplicaCount(allRSs),
            newRS == null ? 0 : DeploymentUtil.actualReplicaCount(List.of(newRS)),
            DeploymentUtil.readyReplicaCount(allRSs),
            available,
            unavailable,
            cur.terminatingReplicas(),
            cur.conditions(),
            cur.collisionCount());
    boolean min =
        available >= DeploymentUtil.replicas(deployment) - Fenceposts.maxUnavailable(deployment);
    DeploymentCondition c =
        min
            ? DeploymentConditions.newCondition(
                DeploymentCondition.AVAILABLE,
                ConditionStatus.TRUE,
                DeploymentConditions.MINIMUM_REPLICAS_AVAILABLE,
                "Deployment has minimum availability.",
                now)
            : DeploymentConditions.newCondition(
                DeploymentCondition.AVAILABLE,
                ConditionStatus.FALSE,
                DeploymentConditions.MINIMUM_REPLICAS_UNAVAILABLE,
                "Deployment does not have minimum availability.",
                now);
    return DeploymentConditions.set(status, c);
  }

  /**
   * isScalingEvent: whether an active ReplicaSet's desired-replicas annotation differs from the
   * Deployment's replicas (the user scaled, as opposed to changing the template).
   */
  boolean isScalingEvent(MutableDeployment d, List<ReplicaSet> rsList) {
    ReplicaSets s = getAllReplicaSetsAndSyncRevision(d, rsList, false);
    for (ReplicaSet rs : ControllerUtils.filterActiveReplicaSets(s.all())) {
      Integer desired =
          ReplicaSetAnnotations.intAnnotation(rs, DeploymentUtil.DESIRED_REPLICAS_ANNOTATION);
      if (desired == null) continue;
      if (desired != DeploymentUtil.replicas(d.get())) return true;
    }
    return false;
  }
}
