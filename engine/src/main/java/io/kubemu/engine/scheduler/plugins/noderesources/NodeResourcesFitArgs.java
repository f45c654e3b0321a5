package io.kubemu.engine.scheduler.plugins.noderesources;

import java.util.List;

/**
 * NodeResourcesFit's configuration. Mirrors config.NodeResourcesFitArgs (v1.30).
 *
 * @param ignoredResources extended resources the filter ignores
 * @param ignoredResourceGroups resource name prefixes (before "/") the filter ignores
 * @param scoringStrategy {@value #LEAST_ALLOCATED} (the default) or {@value #MOST_ALLOCATED}
 * @param resources the scored resources; default cpu and memory, weight 1 each
 */
public record NodeResourcesFitArgs(
    List<String> ignoredResources,
    List<String> ignoredResourceGroups,
    String scoringStrategy,
    List<ResourceSpec> resources) {

  /** Prefer nodes with more free capacity. */
  public static final String LEAST_ALLOCATED = "LeastAllocated";

  /** Prefer nodes with less free capacity (bin packing). */
  public static final String MOST_ALLOCATED = "MostAllocated";

  /** cpu and memory, weight 1 each. */
  public static final List<ResourceSpec> DEFAULT_RESOURCES =
      List.of(new ResourceSpec("cpu", 1), new ResourceSpec("memory", 1));

  /** The defaults. */
  public static final NodeResourcesFitArgs DEFAULT =
      new NodeResourcesFitArgs(List.of(), List.of(), LEAST_ALLOCATED, DEFAULT_RESOURCES);

  public NodeResourcesFitArgs {
    ignoredResources = ignoredResources == null ? List.of() : List.copyOf(ignoredResources);
    ignoredResourceGroups =
        ignoredResourceGroups == null ? List.of() : List.copyOf(ignoredResourceGroups);
    scoringStrategy = scoringStrategy == null ? LEAST_ALLOCATED : scoringStrategy;
    resources =
        resources == null || resources.isEmpty() ? DEFAULT_RESOURCES : List.copyOf(resources);
  }
}
