package io.kubemu.model.apps;

import java.time.Instant;

/**
 * One condition of a DaemonSet (apps/v1 DaemonSetCondition). Upstream defines no condition types
 * for DaemonSets yet.
 *
 * @param type the condition type
 * @param status "True", "False" or "Unknown"
 * @param lastTransitionTime when the status last changed
 * @param reason a CamelCase reason
 * @param message a human-readable message
 */
public record DaemonSetCondition(
    String type, String status, Instant lastTransitionTime, String reason, String message) {}
