package io.kubemu.engine.scheduler.plugins.podtopologyspread;

import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.NodeScoreList;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.StateData;
import io.kubemu.engine.scheduler.helper.RequiredNodeAffinity;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * PodTopologySpread's PreScore state and score arithmetic. Mirrors
 * pkg/scheduler/framework/plugins/podtopologyspread/scoring.go (v1.30).
 */
final class Scoring {

  private Scoring() {}

  /** The score NormalizeScore gives nodes lacking a topology key. */
  static final long INVALID_SCORE = -1;

  static final class PreScoreState implements StateData {
    List<SpreadConstraint> constraints = List.of();
    // nodes missing some constraint's topology key
    final Set<String> ignoredNodes = new TreeSet<>();
    // matching pods per domain of the candidate nodes (hostname domains are counted in Score)
    final Map<TopologyPair, long[]> topologyPairToPodCounts = new HashMap<>();
    // log(domains + 2) per constraint, so that small topologies are not watered down
    double[] topologyNormalizingWeight = new double[0];

    @Override
    public StateData copy() {
      return this;
    }
  }

  // upstream initPreScoreState and the counting half of PreScore
  static PreScoreState preScoreState(
      Pod pod,
      List<SpreadConstraint> constraints,
      List<NodeInfo> filteredNodes,
      List<NodeInfo> allNodes,
      boolean requireAll) {
    PreScoreState s = new PreScoreState();
    s.constraints = constraints;
    int[] topoSize = new int[constraints.size()];
    for (NodeInfo n : filteredNodes) {
      Map<String, String> labels = n.node().metadata().labels();
      if (requireAll && !Common.nodeLabelsMatchSpreadConstraints(labels, constraints)) {
        s.ignoredNodes.add(n.name());
        continue;
      }
      for (int i = 0; i < constraints.size(); i++) {
        SpreadConstraint c = constraints.get(i);
        if (Node.LABEL_HOSTNAME.equals(c.topologyKey())) {
          continue; // per-node counts are taken in Score
        }
        TopologyPair pair = new TopologyPair(c.topologyKey(), labels.get(c.topologyKey()));
        if (!s.topologyPairToPodCounts.containsKey(pair)) {
          s.topologyPairToPodCounts.put(pair, new long[1]);
          topoSize[i]++;
        }
      }
    }
    s.topologyNormalizingWeight = new double[constraints.size()];
    for (int i = 0; i < constraints.size(); i++) {
      int sz = topoSize[i];
      if (Node.LABEL_HOSTNAME.equals(constraints.get(i).topologyKey())) {
        sz = filteredNodes.size() - s.ignoredNodes.size();
      }
      s.topologyNormalizingWeight[i] = topologyNormalizingWeight(sz);
    }
    RequiredNodeAffinity required = RequiredNodeAffinity.of(pod);
    String ns = pod.metadata().namespace();
    for (NodeInfo nodeInfo : allNodes) {
      Node node = nodeInfo.node();
      Map<String, String> labels = node.metadata().labels();
      if (requireAll && !Common.nodeLabelsMatchSpreadConstraints(labels, constraints)) {
        continue;
      }
      for (SpreadConstraint c : constraints) {
        if (!c.matchNodeInclusionPolicies(pod, node, required)) {
          continue;
        }
        long[] tpCount =
            s.topologyPairToPodCounts.get(
                new TopologyPair(c.topologyKey(), labels.get(c.topologyKey())));
        if (tpCount == null) {
          continue; // not a domain of any candidate node
        }
        tpCount[0] += Common.countPodsMatchSelector(nodeInfo.pods(), c.selector(), ns);
      }
    }
    return s;
  }

  // upstream Score: the sum over constraints of scoreForCount of the node's domain
  static long score(PreScoreState s, Pod pod, NodeInfo nodeInfo) {
    if (s.ignoredNodes.contains(nodeInfo.name())) {
      return 0;
    }
    Map<String, String> labels = nodeInfo.node().metadata().labels();
    double score = 0;
    for (int i = 0; i < s.constraints.size(); i++) {
      SpreadConstraint c = s.constraints.get(i);
      String tpVal = labels.get(c.topologyKey());
      if (tpVal == null) {
        continue;
      }
      long cnt;
      if (Node.LABEL_HOSTNAME.equals(c.topologyKey())) {
        cnt =
            Common.countPodsMatchSelector(
                nodeInfo.pods(), c.selector(), pod.metadata().namespace());
      } else {
        long[] n = s.topologyPairToPodCounts.get(new TopologyPair(c.topologyKey(), tpVal));
        cnt = n == null ? 0 : n[0];
      }
      score += scoreForCount(cnt, c.maxSkew(), s.topologyNormalizingWeight[i]);
    }
    return Math.round(score);
  }

  // upstream NormalizeScore: fewer matching pods score higher, (max + min - s) * 100 / max
  static void normalize(PreScoreState s, NodeScoreList scores) {
    long minScore = Long.MAX_VALUE;
    long maxScore = 0;
    for (int i = 0; i < scores.size(); i++) {
      if (s.ignoredNodes.contains(scores.name(i))) {
        scores.set(i, INVALID_SCORE);
        continue;
      }
      minScore = Math.min(minScore, scores.score(i));
      maxScore = Math.max(maxScore, scores.score(i));
    }
    for (int i = 0; i < scores.size(); i++) {
      if (scores.score(i) == INVALID_SCORE) {
        scores.set(i, 0);
      } else if (maxScore == 0) {
        scores.set(i, ScorePlugin.MAX_NODE_SCORE);
      } else {
        scores.set(
            i, ScorePlugin.MAX_NODE_SCORE * (maxScore + minScore - scores.score(i)) / maxScore);
      }
    }
  }

  /**
   * {@return log(size + 2)}: between 1.09 and 8.52 for 1 to 5,000 domains (upstream
   * topologyNormalizingWeight)
   */
  static double topologyNormalizingWeight(int size) {
    return Math.log(size + 2);
  }

  /**
   * {@return cnt * weight + (maxSkew - 1)}: adding maxSkew-1 waters down the differences between
   * domains, which is how much skew the constraint tolerates (upstream scoreForCount)
   */
  static double scoreForCount(long cnt, int maxSkew, double tpWeight) {
    return (double) cnt * tpWeight + (double) (maxSkew - 1);
  }
}
