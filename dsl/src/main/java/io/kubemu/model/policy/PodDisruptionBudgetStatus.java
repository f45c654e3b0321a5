package io.kubemu.model.policy;

import io.kubemu.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The observed state of a PodDisruptionBudget (policy/v1 PodDisruptionBudgetStatus), written by the
 * disruption controller.
 *
 * @param observedGeneration the generation the controller last acted on
 * @param disruptedPods pods whose eviction was admitted but which the controller has not yet seen
 *     deleted, by name, with the eviction time; never null
 * @param disruptionsAllowed pod disruptions currently allowed
 * @param currentHealthy current healthy pods
 * @param desiredHealthy minimum healthy pods desired
 * @param expectedPods pods counted by the budget (from their controllers' scale)
 * @param conditions the latest observations; never null
 */
public record PodDisruptionBudgetStatus(
    Long observedGeneration,
    Map<String, Instant> disruptedPods,
    Integer disruptionsAllowed,
    Integer currentHealthy,
    Integer desiredHealthy,
    Integer expectedPods,
    List<PodDisruptionBudgetCondition> conditions) {

  public PodDisruptionBudgetStatus {
    disruptedPods = Copies.map(disruptedPods);
    conditions = Copies.list(conditions);
  }
}
