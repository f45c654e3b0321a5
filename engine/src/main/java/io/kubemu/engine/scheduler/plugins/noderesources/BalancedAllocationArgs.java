package io.kubemu.engine.scheduler.plugins.noderesources;

import java.util.List;

/**
 * NodeResourcesBalancedAllocation's configuration. Mirrors
 * config.NodeResourcesBalancedAllocationArgs (v1.30).
 *
 * @param resources the balanced resources; default cpu and memory, weight 1 each
 */
public record BalancedAllocationArgs(List<ResourceSpec> resources) {

  /** The defaults. */
  public static final BalancedAllocationArgs DEFAULT =
      new BalancedAllocationArgs(NodeResourcesFitArgs.DEFAULT_RESOURCES);

  public BalancedAllocationArgs {
    resources =
        resources == null || resources.isEmpty()
            ? NodeResourcesFitArgs.DEFAULT_RESOURCES
            : List.copyOf(resources);
  }
}
