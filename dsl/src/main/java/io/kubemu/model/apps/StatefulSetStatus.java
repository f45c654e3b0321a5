package io.kubemu.model.apps;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * The observed state of a StatefulSet (apps/v1 StatefulSetStatus), written by the statefulset
 * controller.
 *
 * @param observedGeneration the generation the controller last acted on
 * @param replicas pods created by the controller
 * @param readyReplicas pods with a Ready condition
 * @param currentReplicas pods at currentRevision
 * @param updatedReplicas pods at updateRevision
 * @param currentRevision the revision of pods [0, currentReplicas)
 * @param updateRevision the revision of pods [replicas - updatedReplicas, replicas)
 * @param collisionCount bumped when the ControllerRevision name collides
 * @param conditions the latest observations; never null
 * @param availableReplicas pods ready for at least minReadySeconds
 */
public record StatefulSetStatus(
    Long observedGeneration,
    Integer replicas,
    Integer readyReplicas,
    Integer currentReplicas,
    Integer updatedReplicas,
    String currentRevision,
    String updateRevision,
    Integer collisionCount,
    List<StatefulSetCondition> conditions,
    Integer availableReplicas) {

  public StatefulSetStatus {
    conditions = Copies.list(conditions);
  }
}
