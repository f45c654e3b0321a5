package io.kubemu.assertions.api;

import static io.kubemu.assertions.error.ShouldAllBe.shouldAllBeApartFrom;
import static io.kubemu.assertions.error.ShouldAllBe.shouldAllBeColocatedWith;
import static io.kubemu.assertions.error.ShouldAllBe.shouldAllRunOnNodes;
import static io.kubemu.assertions.error.ShouldAllBe.shouldAllRunOnNodesMatching;
import static io.kubemu.assertions.error.ShouldBeSpread.shouldBeSpreadOverNodes;
import static io.kubemu.assertions.error.ShouldBeSpread.shouldBeSpreadPerTopologyKey;
import static io.kubemu.assertions.error.ShouldBeSpread.shouldHaveAtMostPerNode;

import io.kubemu.assertions.internal.Placement;
import io.kubemu.assertions.internal.PodStates;
import io.kubemu.assertions.internal.Refs;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Placement assertions on a group of pods, read from {@code spec.nodeName} and the nodes' labels:
 * which nodes, how many per node or topology domain, and next to (or away from) which other pods.
 * Assertions needing node labels or other pods read the cluster: start from {@code
 * assertThat(cluster).pods(...)}.
 *
 * @param <SELF> the assert type, for chaining
 */
public abstract class AbstractPodsPlacementAssert<SELF extends AbstractPodsPlacementAssert<SELF>>
    extends AbstractPodsAssert<SELF> {

  protected AbstractPodsPlacementAssert(List<? extends Pod> actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Verifies every pod is bound to one of the nodes.
   *
   * <pre><code class='java'>// passes when the pods run on n1 and n2 only
   * assertThat(cluster).pods("app", "app=web").areOnlyOnNodes("n1", "n2");
   * // fails listing the pods elsewhere or not scheduled</code></pre>
   */
  public SELF areOnlyOnNodes(String... nodes) {
    isNotNull();
    List<String> allowed = List.of(nodes);
    List<String> offenders = new ArrayList<>();
    for (Pod p : actual) {
      String node = PodStates.nodeName(p);
      if (node == null) offenders.add(Refs.describe(p) + ": not scheduled");
      else if (!allowed.contains(node)) offenders.add(Refs.describe(p));
    }
    if (!offenders.isEmpty()) throwAssertionError(shouldAllRunOnNodes(actual, allowed, offenders));
    return myself;
  }

  /**
   * Verifies every pod runs on a node whose labels match the selector (a nodeSelector's effect).
   *
   * <pre><code class='java'>// passes when every pod landed on an ssd node
   * assertThat(cluster).pods("app", "app=db").areOnlyOnNodesMatching("disktype=ssd");
   * // fails listing each other pod with its node's labels</code></pre>
   *
   * @param nodeSelector as {@code kubectl -l} takes it
   */
  public SELF areOnlyOnNodesMatching(String nodeSelector) {
    isNotNull();
    Selector selector = Selector.parse(nodeSelector);
    Map<String, Node> nodes = nodes("areOnlyOnNodesMatching");
    List<String> offenders = new ArrayList<>();
    for (Pod p : actual) {
      String name = PodStates.nodeName(p);
      Node node = name == null ? null : nodes.get(name);
      if (name == null) offenders.add(Refs.describe(p) + ": not scheduled");
      else if (node == null) offenders.add(Refs.describe(p) + ": node " + name + " does not exist");
      else if (!selector.matches(node.metadata().labels())) {
        offenders.add(
            Refs.describe(p) + ": node " + name + " has labels " + node.metadata().labels());
      }
    }
    if (!offenders.isEmpty()) {
      throwAssertionError(shouldAllRunOnNodesMatching(actual, nodeSelector, offenders));
    }
    return myself;
  }

  /**
   * Verifies the pods run on exactly {@code count} distinct nodes.
   *
   * <pre><code class='java'>// passes for 3 replicas with pod anti-affinity on a 3-node cluster
   * assertThat(cluster).pods("app", "app=web").areSpreadOverNodes(3);
   * // fails printing the pods per node</code></pre>
   */
  public SELF areSpreadOverNodes(int count) {
    isNotNull();
    Map<String, List<String>> byNode = Placement.byNode(actual);
    int nodes =
        (int) byNode.keySet().stream().filter(n -> !n.equals(Placement.NOT_SCHEDULED)).count();
    if (nodes != count) {
      throwAssertionError(shouldBeSpreadOverNodes(actual, count, nodes, Placement.lines(byNode)));
    }
    return myself;
  }

  /**
   * Verifies no node runs more than {@code max} of the pods.
   *
   * <pre><code class='java'>// passes when every node has at most one web pod
   * assertThat(cluster).pods("app", "app=web").atMostPerNode(1);
   * // fails naming the first crowded node and printing the pods per node</code></pre>
   */
  public SELF atMostPerNode(int max) {
    isNotNull();
    Map<String, List<String>> byNode = Placement.byNode(actual);
    for (var e : byNode.entrySet()) {
      if (!e.getKey().equals(Placement.NOT_SCHEDULED) && e.getValue().size() > max) {
        throwAssertionError(
            shouldHaveAtMostPerNode(
                actual, max, e.getKey(), e.getValue().size(), Placement.lines(byNode)));
      }
    }
    return myself;
  }

  /**
   * Verifies the pods are spread over the values of a node label with a skew (most minus fewest
   * pods per domain) of at most {@code maxSkew}, counting every domain of the cluster's nodes,
   * empty ones included, as upstream's PodTopologySpread does. Pods on nodes without the label are
   * not counted.
   *
   * <pre><code class='java'>// passes for 4 pods over 3 zones as 2/1/1
   * assertThat(cluster).pods("app", "app=web").spreadPerTopologyKey("topology.kubernetes.io/zone", 1);
   * // fails for 3/1/0: "the skew was 3 (3 in zone-a, 0 in zone-c)"</code></pre>
   */
  public SELF spreadPerTopologyKey(String topologyKey, int maxSkew) {
    isNotNull();
    List<Node> nodes = List.copyOf(nodes("spreadPerTopologyKey").values());
    Map<String, List<String>> byDomain = Placement.byTopology(actual, nodes, topologyKey);
    Map<String, Integer> counts = new LinkedHashMap<>();
    byDomain.forEach(
        (d, names) -> {
          if (!d.startsWith("(")) counts.put(d, names.size());
        });
    if (counts.isEmpty()) return myself;
    var max = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
    var min = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow();
    int skew = max.getValue() - min.getValue();
    if (skew > maxSkew) {
      String found =
          skew
              + " ("
              + max.getValue()
              + " in "
              + max.getKey()
              + ", "
              + min.getValue()
              + " in "
              + min.getKey()
              + ")";
      throwAssertionError(
          shouldBeSpreadPerTopologyKey(
              actual, topologyKey, maxSkew, found, Placement.lines(byDomain)));
    }
    return myself;
  }

  /** As {@link #areColocatedWith(String, String)} per node. */
  public SELF areColocatedWith(String podSelector) {
    return areColocatedWith(podSelector, null);
  }

  /**
   * Verifies every pod shares a node (topologyKey null) or a topology domain with another pod of
   * its namespace matching the selector, as required pod affinity would place it.
   *
   * <pre><code class='java'>// passes when each web pod runs next to a cache pod
   * assertThat(cluster).pods("app", "app=web").areColocatedWith("app=cache");
   * // fails listing each web pod alone on its node</code></pre>
   *
   * @param topologyKey a node label such as {@code topology.kubernetes.io/zone}, or null per node
   */
  public SELF areColocatedWith(String podSelector, String topologyKey) {
    return checkSharing(podSelector, topologyKey, true);
  }

  /** As {@link #areApartFrom(String, String)} per node. */
  public SELF areApartFrom(String podSelector) {
    return areApartFrom(podSelector, null);
  }

  /**
   * Verifies no pod shares a node (topologyKey null) or a topology domain with another pod of its
   * namespace matching the selector, as required pod anti-affinity would place it. A group may be
   * checked against itself: {@code pods("app", "app=web").areApartFrom("app=web")}.
   *
   * <pre><code class='java'>// passes when no two web pods share a node
   * assertThat(cluster).pods("app", "app=web").areApartFrom("app=web");
   * // fails naming the pods that share one</code></pre>
   */
  public SELF areApartFrom(String podSelector, String topologyKey) {
    return checkSharing(podSelector, topologyKey, false);
  }

  private SELF checkSharing(String podSelector, String topologyKey, boolean together) {
    isNotNull();
    Selector selector = Selector.parse(podSelector);
    Map<String, Node> nodes = nodes(together ? "areColocatedWith" : "areApartFrom");
    List<Pod> all = nav.cluster.list(Pod.class);
    List<String> offenders = new ArrayList<>();
    for (Pod p : actual) {
      String domain = Placement.domain(p, nodes, topologyKey);
      List<Pod> sharing = Placement.sharing(p, all, selector, nodes, topologyKey);
      if (together && sharing.isEmpty()) {
        String why;
        if (PodStates.nodeName(p) == null) why = "not scheduled";
        else if (domain == null)
          why = "node " + PodStates.nodeName(p) + " has no " + topologyKey + " label";
        else why = "no pod matching " + podSelector + " " + Placement.where(domain, topologyKey);
        offenders.add(Refs.describe(p) + ": " + why);
      } else if (!together && !sharing.isEmpty()) {
        offenders.add(
            Refs.describe(p)
                + ": shares "
                + Placement.domainText(domain, topologyKey)
                + " with "
                + String.join(", ", sharing.stream().map(Refs::describe).toList()));
      }
    }
    if (!offenders.isEmpty()) {
      throwAssertionError(
          together
              ? shouldAllBeColocatedWith(actual, podSelector, topologyKey, offenders)
              : shouldAllBeApartFrom(actual, podSelector, topologyKey, offenders));
    }
    return myself;
  }

  private Map<String, Node> nodes(String what) {
    Map<String, Node> nodes = new LinkedHashMap<>();
    for (Node n : nav.cluster(what + "(...)").list(Node.class)) nodes.put(n.metadata().name(), n);
    return nodes;
  }
}
