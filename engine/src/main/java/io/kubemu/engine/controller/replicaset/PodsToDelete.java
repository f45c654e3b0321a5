package io.kubemu.engine.controller.replicaset;

import io.kubemu.engine.controller.util.ActivePods;
import io.kubemu.engine.controller.util.ActivePods.RankedPod;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.model.core.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which pods a shrinking ReplicaSet deletes (upstream getPodsToDelete of replica_set.go). */
final class PodsToDelete {
  private PodsToDelete() {}

  /**
   * getPodsToDelete: the first {@code diff} pods in deletion order, ranked by how many active pods
   * of the same owner (all ReplicaSets of the Deployment) share their node; {@code now} anchors the
   * log2 time buckets.
   */
  static List<Pod> getPodsToDelete(
      List<Pod> filteredPods, List<Pod> relatedPods, int diff, Instant now) {
    if (diff >= filteredPods.size()) return new ArrayList<>(filteredPods);
    Map<String, Integer> podsOnNode = new HashMap<>(); // lookups only
    for (Pod p : relatedPods) {
      if (PodUtils.isPodActive(p)) podsOnNode.merge(PodUtils.nodeName(p), 1, Integer::sum);
    }
    List<RankedPod> ranked = new ArrayList<>();
    for (Pod p : filteredPods) {
      ranked.add(new RankedPod(p, podsOnNode.getOrDefault(PodUtils.nodeName(p), 0)));
    }
    ActivePods.sort(ranked, ActivePods.withRanks(now));
    List<Pod> out = new ArrayList<>();
    for (int i = 0; i < diff; i++) out.add(ranked.get(i).pod());
    return out;
  }
}
