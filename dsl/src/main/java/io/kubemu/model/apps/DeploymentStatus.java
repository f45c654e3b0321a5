package io.kubemu.model.apps;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * The observed state of a Deployment (apps/v1 DeploymentStatus), written by the deployment
 * controller. Null counts mean unset (0 on the wire).
 *
 * @param observedGeneration the generation the controller last acted on
 * @param replicas non-terminated pods targeted by this deployment (their labels match the selector)
 * @param updatedReplicas non-terminated pods that have the desired template
 * @param readyReplicas pods with a Ready condition
 * @param availableReplicas pods ready for at least minReadySeconds
 * @param unavailableReplicas pods still needed for 100% availability: replicas minus available
 * @param terminatingReplicas pods with a deletionTimestamp that are not yet gone (v1.33 field)
 * @param conditions the latest observations; never null
 * @param collisionCount bumped when the pod-template-hash of the new ReplicaSet collides
 */
public record DeploymentStatus(
    Long observedGeneration,
    Integer replicas,
    Integer updatedReplicas,
    Integer readyReplicas,
    Integer availableReplicas,
    Integer unavailableReplicas,
    Integer terminatingReplicas,
    List<DeploymentCondition> conditions,
    Integer collisionCount) {

  public DeploymentStatus {
    conditions = Copies.list(conditions);
  }

  /** {@return the condition of the given type, or null} */
  public DeploymentCondition condition(String type) {
    for (DeploymentCondition c : conditions) {
      if (c.type().equals(type)) return c;
    }
    return null;
  }
}
