package io.kubemu.model.apps;

import java.time.Instant;

/**
 * One condition of a Deployment (apps/v1 DeploymentCondition).
 *
 * @param type {@value #AVAILABLE}, {@value #PROGRESSING} or {@value #REPLICA_FAILURE}
 * @param status "True", "False" or "Unknown"
 * @param lastUpdateTime when the condition was last probed/updated
 * @param lastTransitionTime when the status last changed
 * @param reason a CamelCase reason, e.g. {@code NewReplicaSetAvailable}
 * @param message a human-readable message
 */
public record DeploymentCondition(
    String type,
    String status,
    Instant lastUpdateTime,
    Instant lastTransitionTime,
    String reason,
    String message) {

  /** The deployment has at least minimum availability (maxUnavailable respected). */
  public static final String AVAILABLE = "Available";

  /** The deployment is progressing, or failed to progress within progressDeadlineSeconds. */
  public static final String PROGRESSING = "Progressing";

  /** A ReplicaSet of the deployment failed to create or delete pods. */
  public static final String REPLICA_FAILURE = "ReplicaFailure";
}
