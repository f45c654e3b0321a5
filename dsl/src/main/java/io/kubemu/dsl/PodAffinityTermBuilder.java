package io.kubemu.dsl;

import io.kubemu.model.core.PodAffinityTerm;
import io.kubemu.model.meta.LabelSelector;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link PodAffinityTerm}: {@code podAffinityTerm().labelSelector("app",
 * "nginx").namespaces("default").topologyKey("cpu")}. Mutable, not thread-safe.
 */
public final class PodAffinityTermBuilder {
  private LabelSelector labelSelector;
  private final List<String> namespaces = new ArrayList<>();
  private String topologyKey;
  private LabelSelector namespaceSelector;
  private final List<String> matchLabelKeys = new ArrayList<>();
  private final List<String> mismatchLabelKeys = new ArrayList<>();

  PodAffinityTermBuilder() {}

  /** {@code labelSelector.matchLabels}, as key-value pairs; replaces the selector. */
  public PodAffinityTermBuilder labelSelector(String... matchLabels) {
    labelSelector = LabelSelector.of(Pairs.map(matchLabels));
    return this;
  }

  /** {@code labelSelector}; replaces it. */
  public PodAffinityTermBuilder labelSelector(LabelSelectorBuilder selector) {
    labelSelector = selector.build();
    return this;
  }

  /** Appends to {@code namespaces} (none, and no namespaceSelector: the pod's own namespace). */
  public PodAffinityTermBuilder namespaces(String... namespaces) {
    this.namespaces.addAll(List.of(namespaces));
    return this;
  }

  /** {@code topologyKey}: the node label whose value defines a topology domain; required. */
  public PodAffinityTermBuilder topologyKey(String topologyKey) {
    this.topologyKey = topologyKey;
    return this;
  }

  /** {@code namespaceSelector}; an empty selector matches every namespace. */
  public PodAffinityTermBuilder namespaceSelector(LabelSelectorBuilder selector) {
    namespaceSelector = selector.build();
    return this;
  }

  /** Appends to {@code matchLabelKeys}. */
  public PodAffinityTermBuilder matchLabelKeys(String... keys) {
    matchLabelKeys.addAll(List.of(keys));
    return this;
  }

  /** Appends to {@code mismatchLabelKeys}. */
  public PodAffinityTermBuilder mismatchLabelKeys(String... keys) {
    mismatchLabelKeys.addAll(List.of(keys));
    return this;
  }

  /** {@return a new term} */
  public PodAffinityTerm build() {
    return new PodAffinityTerm(
        labelSelector,
        namespaces,
        topologyKey,
        namespaceSelector,
        matchLabelKeys,
        mismatchLabelKeys);
  }
}
