package io.kubemu.engine.scheduler.helper;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.PreferredSchedulingTerm;
import java.util.ArrayList;
import java.util.List;

/**
 * Parsed preferred node affinity terms; a node's score is the sum of the weights of the terms it
 * matches. Terms with weight 0 or no requirements are dropped. Mirrors component-helpers/
 * scheduling/corev1/nodeaffinity PreferredSchedulingTerms (v1.30). Immutable.
 */
public final class PreferredSchedulingTerms {

  private record Weighted(NodeSelectorTermMatcher term, int weight) {}

  private final List<Weighted> terms;

  private PreferredSchedulingTerms(List<Weighted> terms) {
    this.terms = terms;
  }

  /** Parses the terms (upstream NewPreferredSchedulingTerms). */
  public static PreferredSchedulingTerms of(List<PreferredSchedulingTerm> terms) {
    List<Weighted> out = new ArrayList<>();
    for (PreferredSchedulingTerm t : terms) {
      int weight = t.weight() == null ? 0 : t.weight();
      if (weight == 0 || NodeSelectorTermMatcher.isEmpty(t.preference())) {
        continue;
      }
      out.add(new Weighted(NodeSelectorTermMatcher.parse(t.preference()), weight));
    }
    return new PreferredSchedulingTerms(List.copyOf(out));
  }

  /** {@return the sum of the weights of the terms the node matches} */
  public long score(Node node) {
    long score = 0;
    for (Weighted w : terms) {
      if (w.term().matches(node)) {
        score += w.weight();
      }
    }
    return score;
  }
}
