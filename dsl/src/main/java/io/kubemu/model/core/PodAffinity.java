package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Rules to co-locate a pod with other pods (core/v1 PodAffinity).
 *
 * @param requiredDuringSchedulingIgnoredDuringExecution every term must hold
 */
public record PodAffinity(
    List<PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution,
    List<WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution) {

  public PodAffinity {
    requiredDuringSchedulingIgnoredDuringExecution =
        Copies.list(requiredDuringSchedulingIgnoredDuringExecution);
    preferredDuringSchedulingIgnoredDuringExecution =
        Copies.list(preferredDuringSchedulingIgnoredDuringExecution);
  }
}
