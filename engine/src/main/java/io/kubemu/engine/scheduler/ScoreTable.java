package io.kubemu.engine.scheduler;

import java.util.List;

/**
 * Every score plugin's raw and normalized score of every scored node, and the weighted totals. What
 * RunScorePlugins computes (upstream NodePluginScores), kept whole for explanations. Effectively
 * immutable once built.
 */
public final class ScoreTable {

  private final List<String> plugins;
  private final int[] weights;
  private final List<String> nodes;
  private final long[][] raw;
  private final long[][] normalized;
  private final long[] totals;

  ScoreTable(
      List<String> plugins,
      int[] weights,
      List<String> nodes,
      long[][] raw,
      long[][] normalized,
      long[] totals) {
    this.plugins = List.copyOf(plugins);
    this.weights = weights;
    this.nodes = List.copyOf(nodes);
    this.raw = raw;
    this.normalized = normalized;
    this.totals = totals;
  }

  /** {@return the score plugins that ran (skipped ones are absent), in profile order} */
  public List<String> plugins() {
    return plugins;
  }

  /** {@return a plugin's weight} */
  public int weight(int plugin) {
    return weights[plugin];
  }

  /** {@return the scored nodes, in evaluation order} */
  public List<String> nodes() {
    return nodes;
  }

  /** {@return a plugin's raw score of a node} */
  public long raw(int plugin, int node) {
    return raw[plugin][node];
  }

  /** {@return a plugin's score of a node after NormalizeScore, before weighting} */
  public long normalized(int plugin, int node) {
    return normalized[plugin][node];
  }

  /** {@return a plugin's weighted score of a node} */
  public long weighted(int plugin, int node) {
    return normalized[plugin][node] * weights[plugin];
  }

  /** {@return a node's total: the sum of the weighted scores} */
  public long total(int node) {
    return totals[node];
  }

  /** {@return the total of the node with this name, or -1} */
  public long total(String node) {
    int i = nodes.indexOf(node);
    return i < 0 ? -1 : totals[i];
  }
}
