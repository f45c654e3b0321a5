package io.kubemu.model.core;

import java.time.Instant;

/**
 * A condition of a pod (core/v1 PodCondition).
 *
 * @param type e.g. {@value #READY}
 * @param status True, False or Unknown (see {@link ConditionStatus})
 * @param reason e.g. {@value #REASON_UNSCHEDULABLE}
 */
public record PodCondition(
    String type,
    String status,
    Instant lastProbeTime,
    Instant lastTransitionTime,
    String reason,
    String message) {

  /** The scheduler bound the pod to a node (or failed to: reason Unschedulable). */
  public static final String POD_SCHEDULED = "PodScheduled";

  /** The pod sandbox is created and networking configured. */
  public static final String POD_READY_TO_START_CONTAINERS = "PodReadyToStartContainers";

  /** All init containers completed successfully. */
  public static final String INITIALIZED = "Initialized";

  /** All containers are ready. */
  public static final String CONTAINERS_READY = "ContainersReady";

  /** The pod can serve requests: containers ready and readiness gates True. */
  public static final String READY = "Ready";

  /** The pod is about to be terminated by a disruption (preemption, eviction, ...). */
  public static final String DISRUPTION_TARGET = "DisruptionTarget";

  /** The PodScheduled=False reason when no node fits. */
  public static final String REASON_UNSCHEDULABLE = "Unschedulable";
}
