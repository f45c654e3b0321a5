package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodAffinityTerm;
import io.kubemu.model.meta.Selector;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A processed pod (anti-)affinity term. Mirrors framework.AffinityTerm (v1.30).
 *
 * @param namespaces the namespaces named by the term (the pod's own when the term names none and
 *     has no namespaceSelector)
 * @param selector the parsed labelSelector; a null labelSelector selects nothing
 * @param topologyKey the node label whose values define the domains
 * @param namespaceSelector the parsed namespaceSelector; null selects nothing, empty everything
 */
public record AffinityTerm(
    Set<String> namespaces, Selector selector, String topologyKey, Selector namespaceSelector) {

  public AffinityTerm {
    namespaces = Set.copyOf(namespaces);
  }

  /**
   * {@return the processed term of {@code pod}}
   *
   * @throws IllegalArgumentException when a selector does not parse
   */
  public static AffinityTerm of(Pod pod, PodAffinityTerm term) {
    Set<String> ns = new TreeSet<>();
    if (term.namespaces().isEmpty() && term.namespaceSelector() == null) {
      ns.add(pod.metadata().namespace());
    } else {
      ns.addAll(term.namespaces());
    }
    return new AffinityTerm(
        ns,
        Selector.from(term.labelSelector()),
        term.topologyKey(),
        Selector.from(term.namespaceSelector()));
  }

  /**
   * {@return whether the pod is in one of the namespaces (or one whose labels the namespace
   * selector matches) and its labels match the selector} (upstream AffinityTerm.Matches)
   */
  public boolean matches(Pod pod, Map<String, String> nsLabels) {
    return matches(pod.metadata().namespace(), pod.metadata().labels(), nsLabels);
  }

  /** {@return {@link #matches(Pod, Map)} of the processed pod} */
  public boolean matches(PodInfo pod, Map<String, String> nsLabels) {
    return matches(pod.namespace(), pod.labels(), nsLabels);
  }

  private boolean matches(
      String namespace, Map<String, String> labels, Map<String, String> nsLabels) {
    if (namespaces.contains(namespace)
        || namespaceSelector.matches(nsLabels == null ? Map.of() : nsLabels)) {
      return selector.matches(labels);
    }
    return false;
  }

  /** {@return this term with more namespaces and a namespace selector matching nothing} */
  public AffinityTerm withMergedNamespaces(Set<String> more) {
    Set<String> all = new TreeSet<>(namespaces);
    all.addAll(more);
    return new AffinityTerm(all, selector, topologyKey, Selector.nothing());
  }
}
