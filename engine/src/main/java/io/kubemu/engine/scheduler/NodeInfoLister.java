package io.kubemu.engine.scheduler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nodes of the current scheduling cycle's snapshot, in the order the scheduler evaluates them.
 * Mirrors framework.NodeInfoLister (v1.30).
 */
public interface NodeInfoLister {

  /** {@return every node with a Node object} */
  List<NodeInfo> list();

  /** {@return the node, or null} */
  NodeInfo get(String nodeName);

  /** {@return the nodes having at least one pod with pod affinity or anti-affinity} */
  List<NodeInfo> havePodsWithAffinityList();

  /** {@return the nodes having at least one pod with required pod anti-affinity} */
  List<NodeInfo> havePodsWithRequiredAntiAffinityList();

  /** {@return a lister over a fixed list (tests, and the scheduler's own snapshot)} */
  static NodeInfoLister of(List<NodeInfo> nodes) {
    Map<String, NodeInfo> byName = new LinkedHashMap<>();
    List<NodeInfo> all = new ArrayList<>();
    List<NodeInfo> affinity = new ArrayList<>();
    List<NodeInfo> anti = new ArrayList<>();
    for (NodeInfo n : nodes) {
      if (n.node() == null) {
        continue;
      }
      all.add(n);
      byName.put(n.name(), n);
      if (!n.podsWithAffinity().isEmpty()) {
        affinity.add(n);
      }
      if (!n.podsWithRequiredAntiAffinity().isEmpty()) {
        anti.add(n);
      }
    }
    List<NodeInfo> allView = List.copyOf(all);
    List<NodeInfo> affinityView = List.copyOf(affinity);
    List<NodeInfo> antiView = List.copyOf(anti);
    return new NodeInfoLister() {
      @Override
      public List<NodeInfo> list() {
        return allView;
      }

      @Override
      public NodeInfo get(String nodeName) {
        return byName.get(nodeName);
      }

      @Override
      public List<NodeInfo> havePodsWithAffinityList() {
        return affinityView;
      }

      @Override
      public List<NodeInfo> havePodsWithRequiredAntiAffinityList() {
        return antiView;
      }
    };
  }
}
