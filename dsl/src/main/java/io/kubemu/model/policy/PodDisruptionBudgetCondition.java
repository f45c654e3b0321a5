package io.kubemu.model.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One condition of a PodDisruptionBudget. Upstream uses the generic metav1.Condition; this record
 * has exactly its fields.
 *
 * @param type {@value #DISRUPTION_ALLOWED}
 * @param status "True", "False" or "Unknown"
 * @param observedGeneration the generation the condition was set for
 * @param lastTransitionTime when the status last changed
 * @param reason {@value #SUFFICIENT_PODS}, {@value #INSUFFICIENT_PODS} or {@value #SYNC_FAILED}
 * @param message a human-readable message; a required field upstream, so an empty message is
 *     written as {@code ""} (only null is omitted)
 */
public record PodDisruptionBudgetCondition(
    String type,
    String status,
    Long observedGeneration,
    Instant lastTransitionTime,
    String reason,
    @JsonInclude(JsonInclude.Include.NON_NULL) String message) {

  /** Whether an eviction is currently allowed. */
  public static final String DISRUPTION_ALLOWED = "DisruptionAllowed";

  /** Reason: enough healthy pods for at least one disruption. */
  public static final String SUFFICIENT_PODS = "SufficientPods";

  /** Reason: too few healthy pods to allow a disruption. */
  public static final String INSUFFICIENT_PODS = "InsufficientPods";

  /** Reason: the disruption controller could not compute the budget. */
  public static final String SYNC_FAILED = "SyncFailed";
}
