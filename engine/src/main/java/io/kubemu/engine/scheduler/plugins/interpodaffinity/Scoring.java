package io.kubemu.engine.scheduler.plugins.interpodaffinity;

import io.kubemu.engine.scheduler.AffinityTerm;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.NodeScoreList;
import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.engine.scheduler.ScorePlugin;
import io.kubemu.engine.scheduler.StateData;
import io.kubemu.engine.scheduler.WeightedAffinityTerm;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * InterPodAffinity's scoring: per topology domain, the summed weights of the preferred terms (both
 * the incoming pod's and the existing pods') that match, plus {@code hardPodAffinityWeight} for
 * each existing pod's required affinity term the incoming pod matches; anti-affinity counts
 * negatively. Scores are then scaled to [0, 100] between the lowest and highest. Mirrors
 * pkg/scheduler/framework/plugins/interpodaffinity/scoring.go (v1.30).
 */
final class Scoring {

  private Scoring() {}

  /** Topology key to value to score. Lookups only. */
  static final class PreScoreState implements StateData {
    final Map<String, Map<String, Long>> topologyScore = new HashMap<>();
    PodInfo podInfo;
    List<WeightedAffinityTerm> preferredAffinityTerms;
    List<WeightedAffinityTerm> preferredAntiAffinityTerms;
    Map<String, String> namespaceLabels;

    @Override
    public StateData copy() {
      return this;
    }
  }

  static void processTerm(
      Map<String, Map<String, Long>> m,
      AffinityTerm term,
      int weight,
      Pod pod,
      Map<String, String> nsLabels,
      Node node,
      int multiplier) {
    if (term.matches(pod, nsLabels)) {
      String tv = node.metadata().labels().get(term.topologyKey());
      if (tv != null) {
        m.computeIfAbsent(term.topologyKey(), k -> new HashMap<>())
            .merge(tv, (long) weight * multiplier, Long::sum);
      }
    }
  }

  static void processTerms(
      Map<String, Map<String, Long>> m,
      List<WeightedAffinityTerm> terms,
      Pod pod,
      Map<String, String> nsLabels,
      Node node,
      int multiplier) {
    for (WeightedAffinityTerm t : terms) {
      processTerm(m, t.term(), t.weight(), pod, nsLabels, node, multiplier);
    }
  }

  // upstream processExistingPod
  static void processExistingPod(
      PreScoreState s,
      PodInfo existing,
      NodeInfo existingNodeInfo,
      Pod incoming,
      int hardPodAffinityWeight,
      Map<String, Map<String, Long>> topoScore) {
    Node existingNode = existingNodeInfo.node();
    if (existingNode.metadata().labels().isEmpty()) {
      return;
    }
    // the incoming pod's preferences against the existing pod (namespaces already merged)
    processTerms(topoScore, s.preferredAffinityTerms, existing.pod(), null, existingNode, 1);
    processTerms(topoScore, s.preferredAntiAffinityTerms, existing.pod(), null, existingNode, -1);
    // the existing pod's hard affinity, when the incoming pod matches it
    if (hardPodAffinityWeight > 0) {
      for (AffinityTerm t : existing.requiredAffinityTerms()) {
        processTerm(
            topoScore, t, hardPodAffinityWeight, incoming, s.namespaceLabels, existingNode, 1);
      }
    }
    // the existing pod's preferences against the incoming pod
    processTerms(
        topoScore, existing.preferredAffinityTerms(), incoming, s.namespaceLabels, existingNode, 1);
    processTerms(
        topoScore,
        existing.preferredAntiAffinityTerms(),
        incoming,
        s.namespaceLabels,
        existingNode,
        -1);
  }

  // upstream Score: the sum over the node's labels of the domain scores
  static long score(PreScoreState s, NodeInfo nodeInfo) {
    Map<String, String> labels = nodeInfo.node().metadata().labels();
    long score = 0;
    for (Map.Entry<String, Map<String, Long>> e : s.topologyScore.entrySet()) {
      String v = labels.get(e.getKey());
      if (v != null) {
        score += e.getValue().getOrDefault(v, 0L);
      }
    }
    return score;
  }

  // upstream NormalizeScore: min-max scaling onto [0, 100]
  static void normalize(PreScoreState s, NodeScoreList scores) {
    if (s.topologyScore.isEmpty()) {
      return;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < scores.size(); i++) {
      max = Math.max(max, scores.score(i));
      min = Math.min(min, scores.score(i));
    }
    long diff = max - min;
    for (int i = 0; i < scores.size(); i++) {
      double f = 0;
      if (diff > 0) {
        f =
            (double) ScorePlugin.MAX_NODE_SCORE
                * ((double) (scores.score(i) - min) / (double) diff);
      }
      scores.set(i, (long) f);
    }
  }
}
