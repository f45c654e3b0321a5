package io.kubemu.engine.scheduler.plugins.interpodaffinity;

import io.kubemu.engine.scheduler.AffinityTerm;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of matching pods per topology domain; entries that drop to zero are removed. Mirrors
 * interpodaffinity topologyToMatchedTermCount (v1.30). Lookups only; never iterated for behaviour.
 * Mutable.
 */
final class TopologyToMatchedTermCount {

  private final Map<TopologyPair, Long> counts;

  TopologyToMatchedTermCount() {
    this.counts = new HashMap<>();
  }

  private TopologyToMatchedTermCount(Map<TopologyPair, Long> counts) {
    this.counts = counts;
  }

  TopologyToMatchedTermCount copy() {
    return new TopologyToMatchedTermCount(new HashMap<>(counts));
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  long get(TopologyPair pair) {
    return counts.getOrDefault(pair, 0L);
  }

  void update(Node node, String topologyKey, long value) {
    String tv = node.metadata().labels().get(topologyKey);
    if (tv == null) {
      return;
    }
    TopologyPair pair = new TopologyPair(topologyKey, tv);
    long n = counts.getOrDefault(pair, 0L) + value;
    if (n == 0) {
      counts.remove(pair); // value may be negative: drop entries down to zero
    } else {
      counts.put(pair, n);
    }
  }

  /** Adds {@code value} for each term's domain when the pod matches ALL terms. */
  void updateWithAffinityTerms(List<AffinityTerm> terms, Pod pod, Node node, long value) {
    if (podMatchesAllAffinityTerms(terms, pod)) {
      for (AffinityTerm t : terms) {
        update(node, t.topologyKey(), value);
      }
    }
  }

  /** Adds {@code value} for the domain of each anti-affinity term the pod matches. */
  void updateWithAntiAffinityTerms(
      List<AffinityTerm> terms, Pod pod, Map<String, String> nsLabels, Node node, long value) {
    for (AffinityTerm t : terms) {
      if (t.matches(pod, nsLabels)) {
        update(node, t.topologyKey(), value);
      }
    }
  }

  // upstream podMatchesAllAffinityTerms; the incoming pod's terms have their namespace selector
  // merged into namespaces, so no namespace labels are needed
  static boolean podMatchesAllAffinityTerms(List<AffinityTerm> terms, Pod pod) {
    if (terms.isEmpty()) {
      return false;
    }
    for (AffinityTerm t : terms) {
      if (!t.matches(pod, null)) {
        return false;
      }
    }
    return true;
  }
}
