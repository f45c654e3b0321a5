package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import java.util.List;

/**
 * Rules to keep a pod apart from other pods (core/v1 PodAntiAffinity).
 *
 * @param requiredDuringSchedulingIgnoredDuringExecution every term must hold
 */
public record PodAntiAffinity(
    List<PodAffinityTerm> requiredDuringSchedulingIgnoredDuringExecution,
    List<WeightedPodAffinityTerm> preferredDuringSchedulingIgnoredDuringExecution) {

  public PodAntiAffinity {
    requiredDuringSchedulingIgnoredDuringExecution =
        Copies.list(requiredDuringSchedulingIgnoredDuringExecution);
    preferredDuringSchedulingIgnoredDuringExecution =
        Copies.list(preferredDuringSchedulingIgnoredDuringExecution);
  }
}
