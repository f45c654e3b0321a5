package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.GoFormat;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetCondition;
import io.kubemu.model.core.ConditionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Progressing condition and the progress deadline (upstream
 * pkg/controller/deployment/progress.go).
 */
final class Progress {
  private final DeploymentController dc;

  Progress(DeploymentController dc) {
    this.dc = dc;
  }

  /**
   * syncRolloutStatus: the status of a rollout step. While the rollout runs, Progressing is
   * NewReplicaSetAvailable once complete, ReplicaSetUpdated (its lastUpdateTime renewed) on any
   * progress, ProgressDeadlineExceeded when the deadline passed without progress. ReplicaFailure
   * mirrors the ReplicaSets'. Without a change, the Deployment is requeued for its deadline.
   */
  void syncRolloutStatus(List<ReplicaSet> allRSs, ReplicaSet newRS, MutableDeployment md) {
    Deployment d = md.get();
    Instant now = dc.loop.now();
    DeploymentStatus newStatus = Sync.calculateStatus(allRSs, newRS, d, now);
    if (!DeploymentConditions.hasProgressDeadline(d)) {
      newStatus = DeploymentConditions.remove(newStatus, DeploymentCondition.PROGRESSING);
    }
    DeploymentCondition currentCond =
        DeploymentConditions.get(d.status(), DeploymentCondition.PROGRESSING);
    boolean isCompleteDeployment =
        DeploymentConditions.n(newStatus.replicas())
                == DeploymentConditions.n(newStatus.updatedReplicas())
            && currentCond != null
            && DeploymentConditions.NEW_RS_AVAILABLE_REASON.equals(currentCond.reason());
    if (DeploymentConditions.hasProgressDeadline(d) && !isCompleteDeployment) {
      String name = d.metadata().name();
      String subject =
          newRS != null
              ? "ReplicaSet " + GoFormat.quote(newRS.metadata().name())
              : "Deployment " + GoFormat.quote(name);
      if (DeploymentConditions.deploymentComplete(d, newStatus)) {
        newStatus =
            DeploymentConditions.set(
                newStatus,
                DeploymentConditions.newCondition(
                    DeploymentCondition.PROGRESSING,
                    ConditionStatus.TRUE,
                    DeploymentConditions.NEW_RS_AVAILABLE_REASON,
                    subject + " has successfully progressed.",
                    now));
      } else if (DeploymentConditions.deploymentProgressing(d, newStatus)) {
        DeploymentCondition c =
            DeploymentConditions.newCondition(
                DeploymentCondition.PROGRESSING,
                ConditionStatus.TRUE,
                DeploymentConditions.REPLICA_SET_UPDATED_REASON,
                subject + " is progressing.",
                now);
        // Same reason again, yet lastUpdateTime must move: replace the condition outright.
        if (currentCond != null) {
          if (ConditionStatus.TRUE.equals(currentCond.status())) {
            c =
                new DeploymentCondition(
                    c.type(),
                    c.status(),
                    c.lastUpdateTime(),
                    currentCond.lastTransitionTime(),
                    c.reason(),
                    c.message());
          }
          newStatus = DeploymentConditions.remove(newStatus, DeploymentCondition.PROGRESSING);
        }
        newStatus = DeploymentConditions.set(newStatus, c);
      } else if (DeploymentConditions.deploymentTimedOut(d, newStatus, now)) {
        newStatus =
            DeploymentConditions.set(
                newStatus,
                DeploymentConditions.newCondition(
                    DeploymentCondition.PROGRESSING,
                    ConditionStatus.FALSE,
                    DeploymentConditions.TIMED_OUT_REASON,
                    subject + " has timed out progressing.",
                    now));
      }
    }
    List<DeploymentCondition> failures = getReplicaFailures(allRSs, newRS);
    newStatus =
        failures.isEmpty()
            ? DeploymentConditions.remove(newStatus, DeploymentCondition.REPLICA_FAILURE)
            : DeploymentConditions.set(newStatus, failures.get(0));
    if (DeploymentConditions.statusEquals(d.status(), newStatus)) {
      requeueStuckDeployment(d, newStatus);
      return;
    }
    md.setStatus(newStatus);
    dc.api.updateStatus(md.get());
  }

  /** getReplicaFailures: the new set's ReplicaFailure conditions first, else the others'. */
  static List<DeploymentCondition> getReplicaFailures(List<ReplicaSet> allRSs, ReplicaSet newRS) {
    List<DeploymentCondition> out = new ArrayList<>();
    if (newRS != null) failures(newRS, out);
    if (!out.isEmpty()) return out;
    for (ReplicaSet rs : allRSs) if (rs != null) failures(rs, out);
    return out;
  }

  private static void failures(ReplicaSet rs, List<DeploymentCondition> out) {
    if (rs.status() == null) return;
    for (ReplicaSetCondition c : rs.status().conditions()) {
      if (ReplicaSetCondition.REPLICA_FAILURE.equals(c.type())) {
        out.add(DeploymentConditions.fromReplicaSet(c));
      }
    }
  }

  /**
   * requeueStuckDeployment: a rollout in progress is looked at again when its deadline would pass:
   * Progressing last updated 00:00:00, now 00:03:00, deadline 600 s → in 7 min (plus a second
   * against rounding); at once (rate limited) when less than a second remains.
   *
   * @return the delay, 0 for now, -1 when no check is needed
   */
  Duration requeueStuckDeployment(Deployment d, DeploymentStatus newStatus) {
    DeploymentCondition currentCond =
        DeploymentConditions.get(d.status(), DeploymentCondition.PROGRESSING);
    if (!DeploymentConditions.hasProgressDeadline(d) || currentCond == null) {
      return Duration.ofSeconds(-1);
    }
    if (DeploymentConditions.deploymentComplete(d, newStatus)
        || DeploymentConditions.TIMED_OUT_REASON.equals(currentCond.reason())) {
      return Duration.ofSeconds(-1);
    }
    Instant last =
        currentCond.lastUpdateTime() == null ? Instant.EPOCH : currentCond.lastUpdateTime();
    Duration after =
        Duration.between(
            dc.loop.now(), last.plusSeconds(d.spec().progressDeadlineSeconds().longValue()));
    if (after.compareTo(Duration.ofSeconds(1)) < 0) {
      dc.enqueueRateLimited(d);
      return Duration.ZERO;
    }
    dc.enqueueAfter(d, after.plusSeconds(1));
    return after;
  }
}
