package io.kubemu.engine.scheduler.cache;

import io.kubemu.model.core.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Node names grouped by zone (region and zone labels), listed round-robin across zones so that
 * consecutive nodes come from different zones. Mirrors pkg/scheduler/internal/cache/node_tree.go
 * (v1.30). Zones and nodes keep insertion order. Not thread-safe.
 */
public final class NodeTree {

  private final Map<String, List<String>> tree = new LinkedHashMap<>();
  private int numNodes;

  /** {@return the zone key: region + ":\0:" + zone, or "" without either label} (GetZoneKey) */
  public static String zoneKey(Node node) {
    Map<String, String> labels = node.metadata().labels();
    String region = labels.getOrDefault(Node.LABEL_REGION, "");
    String zone = labels.getOrDefault(Node.LABEL_ZONE, "");
    if (region.isEmpty() && zone.isEmpty()) {
      return "";
    }
    return region + ":\u0000:" + zone;
  }

  /** Adds a node (a second add of the same name is ignored). */
  public void addNode(Node node) {
    String name = node.metadata().name();
    List<String> na = tree.computeIfAbsent(zoneKey(node), k -> new ArrayList<>());
    if (!na.contains(name)) {
      na.add(name);
      numNodes++;
    }
  }

  /** Removes a node. */
  public void removeNode(Node node) {
    String key = zoneKey(node);
    List<String> na = tree.get(key);
    if (na != null && na.remove(node.metadata().name())) {
      numNodes--;
      if (na.isEmpty()) {
        tree.remove(key);
      }
    }
  }

  /** Moves a node whose zone labels changed. */
  public void updateNode(Node oldNode, Node newNode) {
    if (oldNode != null && zoneKey(oldNode).equals(zoneKey(newNode))) {
      return;
    }
    if (oldNode != null) {
      removeNode(oldNode);
    }
    addNode(newNode);
  }

  /** {@return the number of nodes} */
  public int numNodes() {
    return numNodes;
  }

  /** {@return the node names, one per zone in turn} (upstream nodeTree.list) */
  public List<String> list() {
    List<String> out = new ArrayList<>(numNodes);
    List<List<String>> zones = new ArrayList<>(tree.values());
    for (int nodeIndex = 0; out.size() < numNodes; nodeIndex++) {
      for (List<String> na : zones) {
        if (nodeIndex < na.size()) {
          out.add(na.get(nodeIndex));
        }
      }
    }
    return out;
  }
}
