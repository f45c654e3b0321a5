package io.kubemu.engine.scheduler.helper;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeSelector;
import io.kubemu.model.core.NodeSelectorTerm;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A pod's hard node constraints: {@code spec.nodeSelector} AND {@code
 * requiredDuringSchedulingIgnoredDuringExecution}, whose terms are ORed (an empty term matches
 * nothing; no non-empty term means no node matches). Mirrors component-helpers/scheduling/corev1/
 * nodeaffinity RequiredNodeAffinity and LazyErrorNodeSelector (v1.30). Immutable.
 */
public final class RequiredNodeAffinity {

  private final Selector labelSelector; // null when the pod has no nodeSelector
  private final List<NodeSelectorTermMatcher> terms; // null when there is no required affinity

  private RequiredNodeAffinity(Selector labelSelector, List<NodeSelectorTermMatcher> terms) {
    this.labelSelector = labelSelector;
    this.terms = terms;
  }

  /** {@return the parsed constraints of the pod} (upstream GetRequiredNodeAffinity) */
  public static RequiredNodeAffinity of(Pod pod) {
    Selector selector = null;
    Map<String, String> nodeSelector = pod.spec() == null ? Map.of() : pod.spec().nodeSelector();
    if (!nodeSelector.isEmpty()) {
      selector = Selector.fromSet(nodeSelector);
    }
    NodeSelector required = requiredOf(pod);
    return new RequiredNodeAffinity(selector, required == null ? null : parse(required));
  }

  /** {@return the matchers of a node selector's non-empty terms} */
  public static List<NodeSelectorTermMatcher> parse(NodeSelector selector) {
    List<NodeSelectorTermMatcher> out = new ArrayList<>();
    for (NodeSelectorTerm term : selector.nodeSelectorTerms()) {
      if (!NodeSelectorTermMatcher.isEmpty(term)) { // nil or empty term selects no objects
        out.add(NodeSelectorTermMatcher.parse(term));
      }
    }
    return out;
  }

  /** {@return the pod's required node affinity, or null} */
  public static NodeSelector requiredOf(Pod pod) {
    if (pod.spec() == null
        || pod.spec().affinity() == null
        || pod.spec().affinity().nodeAffinity() == null) {
      return null;
    }
    return pod.spec().affinity().nodeAffinity().requiredDuringSchedulingIgnoredDuringExecution();
  }

  /** {@return whether the node satisfies both the nodeSelector and the required terms} */
  public boolean matches(Node node) {
    if (node == null) {
      return false;
    }
    if (labelSelector != null && !labelSelector.matches(node.metadata().labels())) {
      return false;
    }
    if (terms != null) {
      for (NodeSelectorTermMatcher term : terms) {
        if (term.matches(node)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }
}
