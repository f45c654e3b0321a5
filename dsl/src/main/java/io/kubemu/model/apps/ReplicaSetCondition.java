package io.kubemu.model.apps;

import java.time.Instant;

/**
 * One condition of a ReplicaSet (apps/v1 ReplicaSetCondition).
 *
 * @param type {@value #REPLICA_FAILURE}
 * @param status "True", "False" or "Unknown"
 * @param lastTransitionTime when the status last changed
 * @param reason a CamelCase reason, e.g. {@code FailedCreate}
 * @param message a human-readable message
 */
public record ReplicaSetCondition(
    String type, String status, Instant lastTransitionTime, String reason, String message) {

  /** Pods could not be created or deleted (quota, admission, ...). */
  public static final String REPLICA_FAILURE = "ReplicaFailure";
}
