package io.kubemu.assertions.internal;

import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where pods run: per node, per topology domain, and who shares a domain with whom. Domains are
 * named by a node label (upstream's topologyKey); {@code null} means the node itself.
 */
public final class Placement {
  private Placement() {}

  /** The row label of pods without a node. */
  public static final String NOT_SCHEDULED = "(not scheduled)";

  /** {@return pod names per node name (sorted), the unscheduled under {@link #NOT_SCHEDULED}} */
  public static Map<String, List<String>> byNode(List<? extends Pod> pods) {
    Map<String, List<String>> byNode = new TreeMap<>();
    List<String> unscheduled = new ArrayList<>();
    for (Pod p : pods) {
      String node = PodStates.nodeName(p);
      if (node == null) unscheduled.add(p.metadata().name());
      else byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(p.metadata().name());
    }
    Map<String, List<String>> out = new LinkedHashMap<>(byNode);
    if (!unscheduled.isEmpty()) out.put(NOT_SCHEDULED, unscheduled);
    return out;
  }

  /**
   * {@return pod names per value of the node label {@code key} over every node that has it (domains
   * without pods included, as upstream's PodTopologySpread counts them); pods on nodes without the
   * label under {@code (no <key> label)}, unscheduled ones under {@link #NOT_SCHEDULED}}
   */
  public static Map<String, List<String>> byTopology(
      List<? extends Pod> pods, List<Node> nodes, String key) {
    Map<String, String> domainOf = new TreeMap<>();
    Map<String, List<String>> byDomain = new TreeMap<>();
    for (Node n : nodes) {
      String value = n.metadata().label(key);
      if (value == null) continue;
      domainOf.put(n.metadata().name(), value);
      byDomain.computeIfAbsent(value, v -> new ArrayList<>());
    }
    List<String> outside = new ArrayList<>();
    List<String> unscheduled = new ArrayList<>();
    for (Pod p : pods) {
      String node = PodStates.nodeName(p);
      if (node == null) unscheduled.add(p.metadata().name());
      else if (domainOf.containsKey(node))
        byDomain.get(domainOf.get(node)).add(p.metadata().name());
      else outside.add(p.metadata().name());
    }
    Map<String, List<String>> out = new LinkedHashMap<>(byDomain);
    if (!outside.isEmpty()) out.put(noLabel(key), outside);
    if (!unscheduled.isEmpty()) out.put(NOT_SCHEDULED, unscheduled);
    return out;
  }

  /** {@return the row label of pods on nodes without the label} */
  public static String noLabel(String key) {
    return "(no " + key + " label)";
  }

  /** {@return {@code domain: a, b} lines; a domain without pods reads {@code domain: -}} */
  public static List<String> lines(Map<String, List<String>> distribution) {
    List<String> lines = new ArrayList<>();
    distribution.forEach(
        (domain, names) ->
            lines.add(domain + ": " + (names.isEmpty() ? "-" : String.join(", ", names))));
    return lines;
  }

  /** {@return the domain a pod runs in: its node, or the node's label value; null if none} */
  public static String domain(Pod pod, Map<String, Node> nodes, String topologyKey) {
    String node = PodStates.nodeName(pod);
    if (node == null || topologyKey == null) return node;
    Node n = nodes.get(node);
    return n == null ? null : n.metadata().label(topologyKey);
  }

  /** {@return how a domain is named in messages: {@code node n1}, {@code zone=a}} */
  public static String domainText(String domain, String topologyKey) {
    return topologyKey == null ? "node " + domain : topologyKey + "=" + domain;
  }

  /** {@return where a pod is: {@code on node n1}, {@code in zone=a}} */
  public static String where(String domain, String topologyKey) {
    return (topologyKey == null ? "on " : "in ") + domainText(domain, topologyKey);
  }

  /**
   * {@return the other pods in the pod's namespace matching the selector that run in the same
   * domain (the pod itself excluded)}
   */
  public static List<Pod> sharing(
      Pod pod, List<Pod> all, Selector selector, Map<String, Node> nodes, String topologyKey) {
    String domain = domain(pod, nodes, topologyKey);
    List<Pod> out = new ArrayList<>();
    if (domain == null) return out;
    for (Pod other : all) {
      if (other.key().equals(pod.key())) continue;
      if (!java.util.Objects.equals(other.metadata().namespace(), pod.metadata().namespace())) {
        continue;
      }
      if (!selector.matches(other.metadata().labels())) continue;
      if (domain.equals(domain(other, nodes, topologyKey))) out.add(other);
    }
    return out;
  }
}
