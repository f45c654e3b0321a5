package io.kubemu.engine.scheduler;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which scheduling-relevant properties a node update changed. Mirrors pkg/scheduler/
 * eventhandlers.go nodeSchedulingPropertiesChange (v1.30): heartbeats alone change nothing.
 */
final class NodeEvents {

  private NodeEvents() {}

  static List<ClusterEvent> nodeSchedulingPropertiesChange(Node newNode, Node oldNode) {
    List<ClusterEvent> events = new ArrayList<>();
    if (unschedulable(newNode) != unschedulable(oldNode)) {
      events.add(ClusterEvent.NODE_SPEC_UNSCHEDULABLE_CHANGE);
    }
    if (!Objects.equals(allocatable(newNode), allocatable(oldNode))) {
      events.add(ClusterEvent.NODE_ALLOCATABLE_CHANGE);
    }
    if (!newNode.metadata().labels().equals(oldNode.metadata().labels())) {
      events.add(ClusterEvent.NODE_LABEL_CHANGE);
    }
    if (!taints(newNode).equals(taints(oldNode))) {
      events.add(ClusterEvent.NODE_TAINT_CHANGE);
    }
    if (!conditionStatuses(newNode).equals(conditionStatuses(oldNode))) {
      events.add(ClusterEvent.NODE_CONDITION_CHANGE);
    }
    if (!newNode.metadata().annotations().equals(oldNode.metadata().annotations())) {
      events.add(ClusterEvent.NODE_ANNOTATION_CHANGE);
    }
    return events;
  }

  private static boolean unschedulable(Node n) {
    return n.spec() != null && Boolean.TRUE.equals(n.spec().unschedulable());
  }

  private static Object allocatable(Node n) {
    return n.status() == null ? Map.of() : n.status().allocatable();
  }

  private static Object taints(Node n) {
    return n.spec() == null ? List.of() : n.spec().taints();
  }

  // upstream nodeConditionsChanged: compares types and statuses only
  private static Map<String, String> conditionStatuses(Node n) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n.status() != null) {
      for (NodeCondition c : n.status().conditions()) {
        out.put(c.type(), c.status());
      }
    }
    return out;
  }
}
