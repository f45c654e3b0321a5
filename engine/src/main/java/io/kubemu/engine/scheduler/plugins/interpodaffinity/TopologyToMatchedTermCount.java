package io.kubemu.engine.scheduler.plugins.interpodaffinity;

import io.kubemu.engine.scheduler.AffinityTerm;
import io.kubemu.engine.scheduler.PodInfo;
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

  // one-element arrays: counted in place, without boxing a Long per update
  private final Map<TopologyPair, long[]> counts;

  TopologyToMatchedTermCount() {
    this.counts = new HashMap<>();
  }

  private TopologyToMatchedTermCount(Map<TopologyPair, long[]> counts) {
    this.counts = counts;
  }

  TopologyToMatchedTermCount copy() {
    Map<TopologyPair, long[]> c = new HashMap<>(Math.max(16, counts.size() * 2));
    counts.forEach((k, v) -> c.put(k, new long[] {v[0]}));
    return new TopologyToMatchedTermCount(c);
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  long get(TopologyPair pair) {
    long[] n = counts.get(pair);
    return n == null ? 0 : n[0];
  }

  void update(Node node, String topologyKey, long value) {
    String tv = node.metadata().labels().get(topologyKey);
    if (tv == null) {
      return;
    }
    TopologyPair pair = new TopologyPair(topologyKey, tv);
    long[] n = counts.get(pair);
    if (n == null) {
      if (value != 0) {
        counts.put(pair, new long[] {value});
      }
    } else if ((n[0] += value) == 0) {
      counts.remove(pair); // value may be negative: drop entries down to zero
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

  /** {@link #updateWithAffinityTerms} for a processed pod. */
  void updateWithAffinityTerms(List<AffinityTerm> terms, PodInfo pod, Node node, long value) {
    if (terms.isEmpty()) {
      return;
    }
    for (int i = 0; i < terms.size(); i++) {
      if (!terms.get(i).matches(pod, null)) {
        return;
      }
    }
    for (int i = 0; i < terms.size(); i++) {
      update(node, terms.get(i).topologyKey(), value);
    }
  }

  /** {@link #updateWithAntiAffinityTerms} for a processed pod, of the incoming pod's terms. */
  void updateWithAntiAffinityTerms(List<AffinityTerm> terms, PodInfo pod, Node node, long value) {
    for (int i = 0; i < terms.size(); i++) {
      AffinityTerm t = terms.get(i);
      if (t.matches(pod, null)) {
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
