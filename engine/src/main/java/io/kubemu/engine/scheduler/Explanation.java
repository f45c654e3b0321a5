package io.kubemu.engine.scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One scheduling attempt of a pod, as data: which plugin rejected each filtered-out node and why,
 * each plugin's raw and normalized score of each scored node with the weighted totals, and the
 * outcome. {@link #table()} renders it for people; placement assertions print it.
 *
 * @param pod {@code namespace/name}
 * @param time the virtual time of the attempt
 * @param attempt the pod's attempt number, from 1
 * @param numAllNodes the nodes in the snapshot
 * @param filtered the rejected nodes, in evaluation order
 * @param feasible the nodes that passed every filter, in evaluation order
 * @param scorePlugins the score plugins that ran, with their weights
 * @param scores the scored nodes (empty when fewer than two nodes passed)
 * @param selectedNode the node chosen, or null
 * @param message the failure message (the FitError's, with the preemption part), or null
 * @param nominatedNodeName the node preemption nominated, or null
 */
public record Explanation(
    String pod,
    Instant time,
    int attempt,
    int numAllNodes,
    List<NodeFilter> filtered,
    List<String> feasible,
    List<WeightedPlugin> scorePlugins,
    List<NodeScore> scores,
    String selectedNode,
    String message,
    String nominatedNodeName) {

  /**
   * A node a filter rejected.
   *
   * @param node the node
   * @param plugin the first plugin that rejected it
   * @param code Unschedulable or UnschedulableAndUnresolvable
   * @param reasons the plugin's reasons
   */
  public record NodeFilter(String node, String plugin, Code code, List<String> reasons) {
    public NodeFilter {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * A score plugin and its weight.
   *
   * @param plugin the name
   * @param weight the profile weight
   */
  public record WeightedPlugin(String plugin, int weight) {}

  /**
   * One plugin's score of one node.
   *
   * @param plugin the name
   * @param raw what Score returned
   * @param normalized after NormalizeScore, in [0, 100]
   * @param weighted normalized times the weight
   */
  public record PluginScore(String plugin, long raw, long normalized, long weighted) {}

  /**
   * A scored node.
   *
   * @param node the node
   * @param plugins one entry per score plugin, in profile order
   * @param total the sum of the weighted scores
   */
  public record NodeScore(String node, List<PluginScore> plugins, long total) {
    public NodeScore {
      plugins = List.copyOf(plugins);
    }
  }

  public Explanation {
    filtered = List.copyOf(filtered);
    feasible = List.copyOf(feasible);
    scorePlugins = List.copyOf(scorePlugins);
    scores = List.copyOf(scores);
  }

  /** {@return the explanation of a run of the algorithm} */
  public static Explanation of(
      String pod,
      Instant time,
      int attempt,
      int numAllNodes,
      ScheduleResult result,
      String message,
      String nominatedNodeName) {
    List<NodeFilter> filtered = new ArrayList<>();
    result
        .diagnosis()
        .nodeToStatus()
        .forEach((n, s) -> filtered.add(new NodeFilter(n, s.plugin(), s.code(), s.reasons())));
    List<WeightedPlugin> plugins = new ArrayList<>();
    List<NodeScore> scores = new ArrayList<>();
    ScoreTable t = result.scores();
    if (t != null) {
      for (int p = 0; p < t.plugins().size(); p++) {
        plugins.add(new WeightedPlugin(t.plugins().get(p), t.weight(p)));
      }
      for (int i = 0; i < t.nodes().size(); i++) {
        List<PluginScore> ps = new ArrayList<>(t.plugins().size());
        for (int p = 0; p < t.plugins().size(); p++) {
          ps.add(
              new PluginScore(
                  t.plugins().get(p), t.raw(p, i), t.normalized(p, i), t.weighted(p, i)));
        }
        scores.add(new NodeScore(t.nodes().get(i), ps, t.total(i)));
      }
    }
    return new Explanation(
        pod,
        time,
        attempt,
        numAllNodes,
        filtered,
        result.feasible(),
        plugins,
        scores,
        result.suggestedHost(),
        message,
        nominatedNodeName);
  }

  /** {@return whether the pod was placed} */
  public boolean scheduled() {
    return selectedNode != null;
  }

  /** {@return the filter verdict on a node, or null when it passed or was not evaluated} */
  public NodeFilter filterOf(String node) {
    for (NodeFilter f : filtered) {
      if (f.node().equals(node)) return f;
    }
    return null;
  }

  /** {@return the scores of a node, or null when it was not scored} */
  public NodeScore scoreOf(String node) {
    for (NodeScore s : scores) {
      if (s.node().equals(node)) return s;
    }
    return null;
  }

  /** {@return a readable rendering: the outcome, a filter table and a score table} */
  public String table() {
    return ExplanationTable.render(this);
  }

  @Override
  public String toString() {
    return table();
  }
}
