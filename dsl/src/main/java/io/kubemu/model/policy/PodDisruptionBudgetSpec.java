package io.kubemu.model.policy;

import io.kubemu.model.IntOrString;
import io.kubemu.model.meta.LabelSelector;

/**
 * The desired state of a PodDisruptionBudget (policy/v1 PodDisruptionBudgetSpec); at most one of
 * minAvailable and maxUnavailable is set.
 *
 * @param minAvailable pods that must stay available after an eviction, absolute or percent
 * @param selector the pods the budget covers; null selects none, an empty selector all in the
 *     namespace
 * @param maxUnavailable pods that may be unavailable after an eviction, absolute or percent
 * @param unhealthyPodEvictionPolicy {@value #IF_HEALTHY_BUDGET} (the default) or {@value
 *     #ALWAYS_ALLOW}
 */
public record PodDisruptionBudgetSpec(
    IntOrString minAvailable,
    LabelSelector selector,
    IntOrString maxUnavailable,
    String unhealthyPodEvictionPolicy) {

  /** Running but not-ready pods may be evicted only while the budget is healthy. */
  public static final String IF_HEALTHY_BUDGET = "IfHealthyBudget";

  /** Running but not-ready pods may always be evicted. */
  public static final String ALWAYS_ALLOW = "AlwaysAllow";
}
