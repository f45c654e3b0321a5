package io.kubemu.model.core;

import io.kubemu.model.internal.Copies;
import io.kubemu.model.meta.LabelSelector;
import java.util.List;

/**
 * The pods (selected by labels in namespaces) that a pod should, or should not, share a topology
 * domain with (core/v1 PodAffinityTerm).
 *
 * @param labelSelector null matches no pod
 * @param namespaces with namespaceSelector null and this empty, the pod's own namespace
 * @param topologyKey required node label key
 * @param namespaceSelector an empty selector matches every namespace
 * @param matchLabelKeys pod label keys whose values are ANDed into labelSelector
 * @param mismatchLabelKeys pod label keys whose values must differ
 */
public record PodAffinityTerm(
    LabelSelector labelSelector,
    List<String> namespaces,
    String topologyKey,
    LabelSelector namespaceSelector,
    List<String> matchLabelKeys,
    List<String> mismatchLabelKeys) {

  public PodAffinityTerm {
    namespaces = Copies.list(namespaces);
    matchLabelKeys = Copies.list(matchLabelKeys);
    mismatchLabelKeys = Copies.list(mismatchLabelKeys);
  }
}
