package io.kubemu.model.apps;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * The observed state of a ReplicaSet (apps/v1 ReplicaSetStatus), written by the replicaset
 * controller.
 *
 * @param replicas the most recently observed number of non-terminated pods
 * @param fullyLabeledReplicas pods whose labels match the template's labels
 * @param readyReplicas pods with a Ready condition
 * @param availableReplicas pods ready for at least minReadySeconds
 * @param terminatingReplicas pods with a deletionTimestamp that are not yet gone (v1.33 field)
 * @param observedGeneration the generation the controller last acted on
 * @param conditions the latest observations; never null
 */
public record ReplicaSetStatus(
    Integer replicas,
    Integer fullyLabeledReplicas,
    Integer readyReplicas,
    Integer availableReplicas,
    Integer terminatingReplicas,
    Long observedGeneration,
    List<ReplicaSetCondition> conditions) {

  public ReplicaSetStatus {
    conditions = Copies.list(conditions);
  }
}
