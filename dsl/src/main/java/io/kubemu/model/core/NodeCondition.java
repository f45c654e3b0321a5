package io.kubemu.model.core;

import java.time.Instant;

/**
 * A condition of a node (core/v1 NodeCondition).
 *
 * @param type e.g. {@value #READY}
 * @param status True, False or Unknown (see {@link ConditionStatus})
 */
public record NodeCondition(
    String type,
    String status,
    Instant lastHeartbeatTime,
    Instant lastTransitionTime,
    String reason,
    String message) {

  /** The kubelet is healthy and ready to accept pods. */
  public static final String READY = "Ready";

  /** The node's memory is low. */
  public static final String MEMORY_PRESSURE = "MemoryPressure";

  /** The node's disk is nearly full. */
  public static final String DISK_PRESSURE = "DiskPressure";

  /** Too many processes on the node. */
  public static final String PID_PRESSURE = "PIDPressure";

  /** The node's network is not configured. */
  public static final String NETWORK_UNAVAILABLE = "NetworkUnavailable";
}
