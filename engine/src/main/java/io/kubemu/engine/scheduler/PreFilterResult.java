package io.kubemu.engine.scheduler;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a PreFilter plugin answers: a status and, optionally, the only nodes worth filtering.
 * Mirrors upstream's {@code (*PreFilterResult, *Status)} pair (v1.30).
 *
 * @param status never null
 * @param nodeNames the nodes to evaluate, or null for all nodes
 */
public record PreFilterResult(Status status, Set<String> nodeNames) {

  private static final PreFilterResult OK = new PreFilterResult(Status.SUCCESS, null);

  public PreFilterResult {
    status = status == null ? Status.SUCCESS : status;
    nodeNames = nodeNames == null ? null : Set.copyOf(new TreeSet<>(nodeNames));
  }

  /** {@return success, all nodes} */
  public static PreFilterResult ok() {
    return OK;
  }

  /** {@return this status, all nodes} */
  public static PreFilterResult of(Status status) {
    return new PreFilterResult(status, null);
  }

  /** {@return success, only these nodes} */
  public static PreFilterResult nodes(Set<String> nodeNames) {
    return new PreFilterResult(Status.SUCCESS, nodeNames);
  }

  /** {@return whether every node is to be evaluated} */
  public boolean allNodes() {
    return nodeNames == null;
  }

  /** {@return the intersection of two results' node sets} (upstream PreFilterResult.Merge) */
  static Set<String> merge(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    Set<String> out = new TreeSet<>(a);
    out.retainAll(b);
    return out;
  }
}
