package io.kubemu.engine.scheduler.plugins.interpodaffinity;

import io.kubemu.engine.scheduler.AffinityTerm;
import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.PodInfo;
import io.kubemu.engine.scheduler.StateData;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import java.util.List;
import java.util.Map;

/**
 * InterPodAffinity's PreFilter state and Filter checks. Mirrors
 * pkg/scheduler/framework/plugins/interpodaffinity/filtering.go (v1.30).
 */
final class Filtering {

  /** The reason when existing pods' required anti-affinity forbids the node. */
  static final String ERR_REASON_EXISTING_ANTI_AFFINITY_RULES_NOT_MATCH =
      "node(s) didn't satisfy existing pods anti-affinity rules";

  /** The reason when the pod's required affinity is not met. */
  static final String ERR_REASON_AFFINITY_RULES_NOT_MATCH =
      "node(s) didn't match pod affinity rules";

  /** The reason when the pod's required anti-affinity is not met. */
  static final String ERR_REASON_ANTI_AFFINITY_RULES_NOT_MATCH =
      "node(s) didn't match pod anti-affinity rules";

  private Filtering() {}

  /** The counts PreFilter computes; preemption updates copies of it pod by pod. */
  static final class PreFilterState implements StateData {
    // domains holding existing pods whose required anti-affinity matches the incoming pod
    TopologyToMatchedTermCount existingAntiAffinityCounts;
    // domains holding pods matching the incoming pod's required affinity terms (all of them)
    TopologyToMatchedTermCount affinityCounts;
    // domains holding pods matching the incoming pod's required anti-affinity terms
    TopologyToMatchedTermCount antiAffinityCounts;
    PodInfo podInfo; // the incoming pod
    // its required terms, namespace selectors merged into namespaces
    List<AffinityTerm> requiredAffinityTerms;
    List<AffinityTerm> requiredAntiAffinityTerms;
    Map<String, String> namespaceLabels;

    @Override
    public StateData copy() {
      PreFilterState c = new PreFilterState();
      c.existingAntiAffinityCounts = existingAntiAffinityCounts.copy();
      c.affinityCounts = affinityCounts.copy();
      c.antiAffinityCounts = antiAffinityCounts.copy();
      c.podInfo = podInfo;
      c.requiredAffinityTerms = requiredAffinityTerms;
      c.requiredAntiAffinityTerms = requiredAntiAffinityTerms;
      c.namespaceLabels = namespaceLabels;
      return c;
    }

    // upstream preFilterState.updateWithPod
    void updateWithPod(PodInfo pi, Node node, long multiplier) {
      existingAntiAffinityCounts.updateWithAntiAffinityTerms(
          pi.requiredAntiAffinityTerms(), podInfo.pod(), namespaceLabels, node, multiplier);
      affinityCounts.updateWithAffinityTerms(requiredAffinityTerms, pi.pod(), node, multiplier);
      antiAffinityCounts.updateWithAntiAffinityTerms(
          requiredAntiAffinityTerms, pi.pod(), null, node, multiplier);
    }
  }

  // upstream getExistingAntiAffinityCounts
  static TopologyToMatchedTermCount existingAntiAffinityCounts(
      Pod pod, Map<String, String> nsLabels, List<NodeInfo> nodes) {
    TopologyToMatchedTermCount result = new TopologyToMatchedTermCount();
    for (NodeInfo nodeInfo : nodes) {
      for (PodInfo existing : nodeInfo.podsWithRequiredAntiAffinity()) {
        result.updateWithAntiAffinityTerms(
            existing.requiredAntiAffinityTerms(), pod, nsLabels, nodeInfo.node(), 1);
      }
    }
    return result;
  }

  // upstream getIncomingAffinityAntiAffinityCounts; fills affinity and anti-affinity counts
  static void incomingAffinityAntiAffinityCounts(PreFilterState s, List<NodeInfo> allNodes) {
    s.affinityCounts = new TopologyToMatchedTermCount();
    s.antiAffinityCounts = new TopologyToMatchedTermCount();
    if (s.requiredAffinityTerms.isEmpty() && s.requiredAntiAffinityTerms.isEmpty()) {
      return;
    }
    for (NodeInfo nodeInfo : allNodes) {
      if (nodeInfo.podCount() == 0) {
        continue;
      }
      Node node = nodeInfo.node();
      for (PodInfo existing : nodeInfo.pods()) {
        s.affinityCounts.updateWithAffinityTerms(s.requiredAffinityTerms, existing, node, 1);
        s.antiAffinityCounts.updateWithAntiAffinityTerms(
            s.requiredAntiAffinityTerms, existing, node, 1);
      }
    }
  }

  // upstream satisfyExistingPodsAntiAffinity
  static boolean satisfyExistingPodsAntiAffinity(PreFilterState s, NodeInfo nodeInfo) {
    if (!s.existingAntiAffinityCounts.isEmpty()) {
      for (Map.Entry<String, String> label : nodeInfo.node().metadata().labels().entrySet()) {
        if (s.existingAntiAffinityCounts.get(new TopologyPair(label.getKey(), label.getValue()))
            > 0) {
          return false;
        }
      }
    }
    return true;
  }

  // upstream satisfyPodAntiAffinity
  static boolean satisfyPodAntiAffinity(PreFilterState s, NodeInfo nodeInfo) {
    if (!s.antiAffinityCounts.isEmpty()) {
      Map<String, String> labels = nodeInfo.node().metadata().labels();
      for (AffinityTerm term : s.requiredAntiAffinityTerms) {
        String tv = labels.get(term.topologyKey());
        if (tv != null && s.antiAffinityCounts.get(new TopologyPair(term.topologyKey(), tv)) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  // upstream satisfyPodAffinity
  static boolean satisfyPodAffinity(PreFilterState s, NodeInfo nodeInfo) {
    boolean podsExist = true;
    Map<String, String> labels = nodeInfo.node().metadata().labels();
    for (AffinityTerm term : s.requiredAffinityTerms) {
      String tv = labels.get(term.topologyKey());
      if (tv == null) {
        return false; // all topology labels must exist on the node
      }
      if (s.affinityCounts.get(new TopologyPair(term.topologyKey(), tv)) <= 0) {
        podsExist = false;
      }
    }
    if (!podsExist) {
      // the first pod of a series with affinity to itself: allowed when no other pod matches and
      // the pod matches its own terms
      return s.affinityCounts.isEmpty()
          && TopologyToMatchedTermCount.podMatchesAllAffinityTerms(
              s.requiredAffinityTerms, s.podInfo.pod());
    }
    return true;
  }
}
