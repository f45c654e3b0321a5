package io.kubemu.model.batch;

/**
 * Matches failed pods by a pod condition (batch/v1 PodFailurePolicyOnPodConditionsPattern).
 *
 * @param type the pod condition type, e.g. {@code DisruptionTarget}
 * @param status the required status; defaults to "True"
 */
public record PodFailurePolicyOnPodConditionsPattern(String type, String status) {}
