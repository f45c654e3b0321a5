package io.kubemu.model.apps;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * The observed state of a DaemonSet (apps/v1 DaemonSetStatus), written by the daemonset controller.
 *
 * @param currentNumberScheduled nodes running at least one daemon pod that should run it
 * @param numberMisscheduled nodes running the daemon pod that should not
 * @param desiredNumberScheduled nodes that should run the daemon pod
 * @param numberReady nodes whose daemon pod is ready
 * @param observedGeneration the generation the controller last acted on
 * @param updatedNumberScheduled nodes running the updated daemon pod
 * @param numberAvailable nodes whose daemon pod is available (ready for minReadySeconds)
 * @param numberUnavailable nodes that should run the daemon pod but have none available
 * @param collisionCount bumped when the ControllerRevision name collides
 * @param conditions the latest observations; never null
 */
public record DaemonSetStatus(
    Integer currentNumberScheduled,
    Integer numberMisscheduled,
    Integer desiredNumberScheduled,
    Integer numberReady,
    Long observedGeneration,
    Integer updatedNumberScheduled,
    Integer numberAvailable,
    Integer numberUnavailable,
    Integer collisionCount,
    List<DaemonSetCondition> conditions) {

  public DaemonSetStatus {
    conditions = Copies.list(conditions);
  }
}
