package io.kubemu.engine.controller.replicaset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetCondition;
import io.kubemu.model.apps.ReplicaSetStatus;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The ReplicaSet status (upstream pkg/controller/replicaset/replica_set_utils.go): counts of the
 * claimed active pods, the ReplicaFailure condition, and the status write.
 */
final class ReplicaSetStatusUtil {
  private ReplicaSetStatusUtil() {}

  /** The status write is retried this many times after a conflict (statusUpdateRetries). */
  static final int STATUS_UPDATE_RETRIES = 1;

  /**
   * calculateStatus: replicas = claimed active pods; fullyLabeledReplicas = those whose labels
   * contain the template's; readyReplicas = those Ready; availableReplicas = those Ready for
   * minReadySeconds. A failed create (fewer pods than wanted) or delete sets ReplicaFailure with
   * reason FailedCreate/FailedDelete; a successful sync removes it.
   */
  static ReplicaSetStatus calculateStatus(
      ReplicaSet rs, List<Pod> filteredPods, ApiException manageReplicasErr, Instant now) {
    int minReadySeconds = ReplicaSetController.minReadySeconds(rs);
    Selector templateLabels = Selector.fromSet(rs.spec().template().metadata().labels());
    int fullyLabeled = 0;
    int ready = 0;
    int available = 0;
    for (Pod pod : filteredPods) {
      if (templateLabels.matches(pod.metadata().labels())) fullyLabeled++;
      if (PodUtils.isPodReady(pod)) {
        ready++;
        if (PodUtils.isPodAvailable(pod, minReadySeconds, now)) available++;
      }
    }
    return calculateStatus(
        rs, filteredPods.size(), fullyLabeled, ready, available, manageReplicasErr, now);
  }

  /** calculateStatus from the counts of the claimed active pods (see above). */
  static ReplicaSetStatus calculateStatus(
      ReplicaSet rs,
      int replicas,
      int fullyLabeled,
      int ready,
      int available,
      ApiException manageReplicasErr,
      Instant now) {
    ReplicaSetStatus cur =
        rs.status() == null
            ? new ReplicaSetStatus(null, null, null, null, null, null, null)
            : rs.status();
    List<ReplicaSetCondition> conditions = new ArrayList<>(cur.conditions());
    ReplicaSetCondition failure = condition(cur, ReplicaSetCondition.REPLICA_FAILURE);
    if (manageReplicasErr != null && failure == null) {
      int diff = replicas - ControllerUtils.replicas(rs);
      String reason = diff < 0 ? "FailedCreate" : diff > 0 ? "FailedDelete" : "";
      conditions.add(
          new ReplicaSetCondition(
              ReplicaSetCondition.REPLICA_FAILURE,
              ConditionStatus.TRUE,
              now.truncatedTo(ChronoUnit.SECONDS),
              reason,
              manageReplicasErr.getMessage()));
    } else if (manageReplicasErr == null && failure != null) {
      conditions.removeIf(c -> c.type().equals(ReplicaSetCondition.REPLICA_FAILURE));
    }
    return new ReplicaSetStatus(
        replicas,
        fullyLabeled,
        ready,
        available,
        cur.terminatingReplicas(),
        cur.observedGeneration(),
        conditions);
  }

  static ReplicaSetCondition condition(ReplicaSetStatus status, String type) {
    for (ReplicaSetCondition c : status.conditions()) if (c.type().equals(type)) return c;
    return null;
  }

  /**
   * updateReplicaSetStatus: writes {@code newStatus} with observedGeneration = generation unless
   * nothing changed; on a conflict re-reads the ReplicaSet and tries once more.
   *
   * @return the ReplicaSet as stored afterwards
   */
  static ReplicaSet updateReplicaSetStatus(
      ApiServer api, ReplicaSet rs, ReplicaSetStatus newStatus) {
    ReplicaSetStatus cur = rs.status();
    long generation = gen(rs.metadata().generation());
    if (cur != null
        && n(cur.replicas()) == n(newStatus.replicas())
        && n(cur.fullyLabeledReplicas()) == n(newStatus.fullyLabeledReplicas())
        && n(cur.readyReplicas()) == n(newStatus.readyReplicas())
        && n(cur.availableReplicas()) == n(newStatus.availableReplicas())
        && generation == gen(cur.observedGeneration())
        && cur.conditions().equals(newStatus.conditions())) {
      return rs;
    }
    ReplicaSetStatus status =
        new ReplicaSetStatus(
            newStatus.replicas(),
            newStatus.fullyLabeledReplicas(),
            newStatus.readyReplicas(),
            newStatus.availableReplicas(),
            newStatus.terminatingReplicas(),
            generation,
            newStatus.conditions());
    ReplicaSet target = rs;
    for (int i = 0; ; i++) {
      try {
        return api.updateStatus(target.withStatus(status));
      } catch (ApiException.Conflict e) {
        if (i >= STATUS_UPDATE_RETRIES) throw e;
        target = api.get(ReplicaSet.class, rs.metadata().namespace(), rs.metadata().name());
        if (!Objects.equals(target.metadata().uid(), rs.metadata().uid())) throw e;
      }
    }
  }

  private static int n(Integer i) {
    return i == null ? 0 : i;
  }

  private static long gen(Long l) {
    return l == null ? 0 : l;
  }
}
