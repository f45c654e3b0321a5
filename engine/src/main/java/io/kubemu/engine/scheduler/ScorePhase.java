package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PreScore and Score extension points of the {@link Framework}. Mirrors frameworkImpl
 * RunPreScorePlugins and RunScorePlugins (v1.30), sequential.
 */
final class ScorePhase {

  private ScorePhase() {}

  /** Runs PreScore; Skip disables the plugin's Score (upstream RunPreScorePlugins). */
  static Status runPreScorePlugins(
      List<PreScorePlugin> preScore, CycleState state, Pod pod, List<NodeInfo> nodes) {
    Set<String> skip = new TreeSet<>();
    for (PreScorePlugin pl : preScore) {
      Status s;
      try {
        s = pl.preScore(state, pod, nodes);
      } catch (RuntimeException e) {
        s = Status.error(e.getMessage());
      }
      if (Status.isSuccess(s)) continue;
      if (s.isSkip()) {
        skip.add(pl.name());
        continue;
      }
      return Status.error("running PreScore plugin \"" + pl.name() + "\": " + s.message());
    }
    state.setSkipScorePlugins(skip);
    return Status.SUCCESS;
  }

  /**
   * Scores every node with every non-skipped plugin, normalizes, checks the [0, 100] range and
   * weights (upstream RunScorePlugins).
   *
   * @throws SchedulingException when a plugin fails or answers out of range
   */
  static ScoreTable runScorePlugins(
      List<ScorePlugin> score,
      Map<String, Integer> weights,
      CycleState state,
      Pod pod,
      List<NodeInfo> nodes) {
    List<ScorePlugin> active = new ArrayList<>();
    for (ScorePlugin pl : score) {
      if (!state.skipScorePlugins().contains(pl.name())) active.add(pl);
    }
    List<String> names = new ArrayList<>(nodes.size());
    for (NodeInfo n : nodes) names.add(n.name());
    String[] nameArray = names.toArray(String[]::new);
    int np = active.size();
    long[][] raw = new long[np][nodes.size()];
    long[][] norm = new long[np][];
    int[] w = new int[np];
    List<String> pluginNames = new ArrayList<>(np);
    for (int p = 0; p < np; p++) {
      ScorePlugin pl = active.get(p);
      pluginNames.add(pl.name());
      w[p] = weights.get(pl.name());
      for (int i = 0; i < nodes.size(); i++) {
        try {
          raw[p][i] = pl.score(state, pod, nodes.get(i));
        } catch (RuntimeException e) {
          throw new SchedulingException(
              "plugin \"" + pl.name() + "\" failed with: " + e.getMessage());
        }
      }
      NodeScoreList list = new NodeScoreList(nameArray, raw[p]);
      if (pl.hasNormalizeScore()) {
        Status s = pl.normalizeScore(state, pod, list);
        if (!Status.isSuccess(s)) {
          throw new SchedulingException(
              "running Normalize on Score plugins: plugin \""
                  + pl.name()
                  + "\" failed with: "
                  + s.message());
        }
      }
      norm[p] = list.scores();
    }
    long[] totals = new long[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      for (int p = 0; p < np; p++) {
        long s = norm[p][i];
        if (s > ScorePlugin.MAX_NODE_SCORE || s < ScorePlugin.MIN_NODE_SCORE) {
          throw new SchedulingException(
              "applying score defaultWeights on Score plugins: plugin \""
                  + pluginNames.get(p)
                  + "\" returns an invalid score "
                  + s
                  + ", it should in the range of [0, 100]"
                  + " after normalizing");
        }
        totals[i] += s * w[p];
      }
    }
    return new ScoreTable(pluginNames, w, names, raw, norm, totals);
  }
}
