package io.kubemu.engine.scheduler;

import java.util.Arrays;
import java.util.List;

/**
 * One plugin's scores of the feasible nodes, which NormalizeScore rewrites in place. Mirrors
 * framework.NodeScoreList (v1.30). Mutable; not thread-safe.
 */
public final class NodeScoreList {

  private final String[] names;
  private final long[] scores;

  /** A list for these nodes, all scores 0. */
  public NodeScoreList(List<String> names) {
    this.names = names.toArray(String[]::new);
    this.scores = new long[names.size()];
  }

  /** A list with these names and scores (copied). */
  public NodeScoreList(String[] names, long[] scores) {
    if (names.length != scores.length) {
      throw new IllegalArgumentException("names and scores differ in length");
    }
    this.names = names.clone();
    this.scores = scores.clone();
  }

  /** {@return the number of nodes} */
  public int size() {
    return names.length;
  }

  /** {@return the i-th node's name} */
  public String name(int i) {
    return names[i];
  }

  /** {@return the i-th node's score} */
  public long score(int i) {
    return scores[i];
  }

  /** Sets the i-th node's score. */
  public void set(int i, long score) {
    scores[i] = score;
  }

  /** {@return a copy of the scores} */
  public long[] scores() {
    return scores.clone();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < names.length; i++) {
      b.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(scores[i]);
    }
    return b.append(']').toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodeScoreList l
        && Arrays.equals(names, l.names)
        && Arrays.equals(scores, l.scores);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(scores);
  }
}
