package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Rules on the labels of the node a pod may run on (core/v1 NodeAffinity).
 *
 * @param requiredDuringSchedulingIgnoredDuringExecution a node must match one term
 * @param preferredDuringSchedulingIgnoredDuringExecution a node matching a term scores its weight
 */
public record NodeAffinity(
    NodeSelector requiredDuringSchedulingIgnoredDuringExecution,
    List<PreferredSchedulingTerm> preferredDuringSchedulingIgnoredDuringExecution) {

  public NodeAffinity {
    preferredDuringSchedulingIgnoredDuringExecution =
        Copies.list(preferredDuringSchedulingIgnoredDuringExecution);
  }
}
