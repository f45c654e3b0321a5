package io.kubemu.engine.scheduler.cache;

import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.NodeInfoLister;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cache's snapshot: the node list in node-tree order, rebuilt when nodes change, and the lists
 * of nodes with affinity pods (in the same order), kept up to date node by node as pods with
 * affinity come and go. The NodeInfos are the cache's own, live. Mirrors
 * pkg/scheduler/internal/cache/snapshot.go and cache.go updateNodeInfoSnapshotList (v1.30). Not
 * thread-safe.
 */
final class Snapshot implements NodeInfoLister {

  private final List<NodeInfo> all;
  private final Map<String, NodeInfo> byName; // lookups only
  private final Map<NodeInfo, Integer> position = new IdentityHashMap<>(); // index in all
  // sorted by position; changed in place between cycles, read-only views handed out
  private final List<NodeInfo> havePodsWithAffinity = new ArrayList<>();
  private final List<NodeInfo> havePodsWithRequiredAntiAffinity = new ArrayList<>();
  private final List<NodeInfo> havePodsWithAffinityView =
      Collections.unmodifiableList(havePodsWithAffinity);
  private final List<NodeInfo> havePodsWithRequiredAntiAffinityView =
      Collections.unmodifiableList(havePodsWithRequiredAntiAffinity);

  /** A snapshot of these nodes, in this order; NodeInfos without a Node are left out. */
  Snapshot(List<NodeInfo> nodes) {
    List<NodeInfo> list = new ArrayList<>(nodes.size());
    Map<String, NodeInfo> map = new HashMap<>(Math.max(16, nodes.size() * 2));
    for (NodeInfo n : nodes) {
      if (n.node() == null) {
        continue;
      }
      list.add(n);
      map.put(n.name(), n);
    }
    this.all = List.copyOf(list);
    this.byName = map;
    // upstream updateNodeInfoSnapshotList: the lists in node order
    for (int i = 0; i < all.size(); i++) {
      NodeInfo n = all.get(i);
      position.put(n, i);
      if (!n.podsWithAffinity().isEmpty()) {
        havePodsWithAffinity.add(n);
      }
      if (!n.podsWithRequiredAntiAffinity().isEmpty()) {
        havePodsWithRequiredAntiAffinity.add(n);
      }
    }
  }

  /**
   * Puts a node whose pods with affinity changed into, or takes it out of, the nodes-with-affinity
   * lists, keeping them in node order; the same lists upstream's updateNodeInfoSnapshotList
   * rebuilds. Nodes not in this snapshot are ignored.
   */
  void updateAffinityLists(NodeInfo n) {
    Integer pos = position.get(n);
    if (pos == null) {
      return;
    }
    place(havePodsWithAffinity, n, pos, !n.podsWithAffinity().isEmpty());
    place(havePodsWithRequiredAntiAffinity, n, pos, !n.podsWithRequiredAntiAffinity().isEmpty());
  }

  private void place(List<NodeInfo> list, NodeInfo n, int pos, boolean member) {
    int lo = 0;
    int hi = list.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int p = position.get(list.get(mid));
      if (p < pos) {
        lo = mid + 1;
      } else if (p > pos) {
        hi = mid - 1;
      } else {
        if (!member) {
          list.remove(mid);
        }
        return;
      }
    }
    if (member) {
      list.add(lo, n);
    }
  }

  @Override
  public List<NodeInfo> list() {
    return all;
  }

  @Override
  public NodeInfo get(String nodeName) {
    return byName.get(nodeName);
  }

  @Override
  public List<NodeInfo> havePodsWithAffinityList() {
    return havePodsWithAffinityView;
  }

  @Override
  public List<NodeInfo> havePodsWithRequiredAntiAffinityList() {
    return havePodsWithRequiredAntiAffinityView;
  }
}
