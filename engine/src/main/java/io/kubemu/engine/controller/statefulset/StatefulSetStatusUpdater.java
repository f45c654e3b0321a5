package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetStatus;
import java.util.Objects;

/**
 * Writes a StatefulSet's status (upstream stateful_set_status_updater.go), plus the status rules of
 * stateful_set_utils.go: {@link #inconsistentStatus} and {@link #completeRollingUpdate}.
 */
@FunctionalInterface
public interface StatefulSetStatusUpdater {

  /** UpdateStatefulSetStatus: stores {@code status} as the set's status. */
  void updateStatefulSetStatus(StatefulSet set, StatefulSetStatus status);

  /**
   * The real updater: the status subresource, retried on a conflict against the freshly read set
   * (retry.RetryOnConflict with DefaultBackoff: at most 5 attempts).
   */
  static StatefulSetStatusUpdater through(ApiServer api) {
    Objects.requireNonNull(api);
    return (set, status) -> {
      StatefulSet current = set;
      for (int attempt = 0; ; attempt++) {
        try {
          api.updateStatus(current.withStatus(status));
          return;
        } catch (ApiException.Conflict e) {
          if (attempt >= 4) throw e;
          current = api.get(StatefulSet.class, set.metadata().namespace(), set.metadata().name());
        }
      }
    };
  }

  /**
   * inconsistentStatus: {@return whether the status differs from the set's in observedGeneration
   * (newer), replicas, ready/current/updated/available replicas or the revisions}
   */
  static boolean inconsistentStatus(StatefulSet set, StatefulSetStatus status) {
    StatefulSetStatus s = set.status();
    if (s == null) return true;
    return orZero(status.observedGeneration()) > orZero(s.observedGeneration())
        || orZero(status.replicas()) != orZero(s.replicas())
        || orZero(status.currentReplicas()) != orZero(s.currentReplicas())
        || orZero(status.readyReplicas()) != orZero(s.readyReplicas())
        || orZero(status.updatedReplicas()) != orZero(s.updatedReplicas())
        || !Objects.equals(orEmpty(status.currentRevision()), orEmpty(s.currentRevision()))
        || orZero(status.availableReplicas()) != orZero(s.availableReplicas())
        || !Objects.equals(orEmpty(status.updateRevision()), orEmpty(s.updateRevision()));
  }

  /**
   * completeRollingUpdate: {@return the status with currentRevision = updateRevision and
   * currentReplicas = updatedReplicas once every replica is updated and ready (RollingUpdate)}
   */
  static StatefulSetStatus completeRollingUpdate(StatefulSet set, StatefulSetStatus status) {
    int replicas = StatefulSetUtils.replicas(set);
    if (StatefulSetUtils.updateStrategyType(set).equals("RollingUpdate")
        && orZero(status.updatedReplicas()) == replicas
        && orZero(status.readyReplicas()) == replicas
        && orZero(status.replicas()) == replicas) {
      return new StatefulSetStatus(
          status.observedGeneration(),
          status.replicas(),
          status.readyReplicas(),
          status.updatedReplicas(),
          status.updatedReplicas(),
          status.updateRevision(),
          status.updateRevision(),
          status.collisionCount(),
          status.conditions(),
          status.availableReplicas());
    }
    return status;
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  private static int orZero(Integer v) {
    return v == null ? 0 : v;
  }

  private static String orEmpty(String v) {
    return v == null ? "" : v;
  }
}
