package io.kubemu.engine.scheduler.cache;

import static io.kubemu.engine.scheduler.St.labels;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.NodeInfo;
import io.kubemu.engine.scheduler.St;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import org.junit.jupiter.api.Test;

/** After upstream internal/cache/cache_test.go and node_tree_test.go (v1.30). */
class SchedulerCacheTest {

  static Node node(String name) {
    return St.node(name).capacity(labels("cpu", "4", "memory", "8Gi", "pods", "110")).obj();
  }

  @Test
  void assumedPodsCountUntilObservedAndAreNotCountedTwice() {
    SchedulerCache cache = new SchedulerCache();
    cache.addNode(node("n1"));
    Pod pod = St.pod("p").req(labels("cpu", "1")).obj();
    cache.assumePod(pod.withNodeName("n1"));
    NodeInfo ni = cache.nodeInfo("n1");
    assertThat(ni.requested().milliCpu()).isEqualTo(1000);
    assertThat(cache.isAssumedPod(pod)).isTrue();
    // the watch delivers the bound pod: confirmed, still counted once
    cache.addPod(pod.withNodeName("n1"));
    assertThat(cache.isAssumedPod(pod)).isFalse();
    assertThat(ni.requested().milliCpu()).isEqualTo(1000);
    assertThat(ni.podCount()).isEqualTo(1);
    cache.removePod(pod.withNodeName("n1"));
    assertThat(ni.requested().milliCpu()).isZero();
  }

  @Test
  void aForgottenAssumedPodFreesItsResources() {
    SchedulerCache cache = new SchedulerCache();
    cache.addNode(node("n1"));
    Pod pod = St.pod("p").req(labels("cpu", "1")).obj().withNodeName("n1");
    cache.assumePod(pod);
    cache.forgetPod(pod);
    assertThat(cache.nodeInfo("n1").podCount()).isZero();
    assertThat(cache.assumedPodCount()).isZero();
  }

  @Test
  void anAssumedPodObservedOnAnotherNodeMoves() {
    SchedulerCache cache = new SchedulerCache();
    cache.addNode(node("n1"));
    cache.addNode(node("n2"));
    Pod pod = St.pod("p").req(labels("cpu", "1")).obj();
    cache.assumePod(pod.withNodeName("n1"));
    cache.addPod(pod.withNodeName("n2"));
    assertThat(cache.nodeInfo("n1").podCount()).isZero();
    assertThat(cache.nodeInfo("n2").podCount()).isEqualTo(1);
  }

  @Test
  void podsOfADeletedNodeStayUntilRemoved() {
    SchedulerCache cache = new SchedulerCache();
    Node n1 = node("n1");
    cache.addNode(n1);
    Pod pod = St.pod("p").node("n1").obj();
    cache.addPod(pod);
    cache.removeNode(n1);
    assertThat(cache.nodeInfo("n1")).isNull();
    assertThat(cache.snapshot().list()).isEmpty();
    cache.removePod(pod);
    cache.addNode(n1);
    assertThat(cache.nodeInfo("n1").podCount()).isZero();
  }

  @Test
  void theSnapshotListsNodesRoundRobinOverZones() {
    SchedulerCache cache = new SchedulerCache();
    cache.addNode(St.node("a1").label(Node.LABEL_ZONE, "a").obj());
    cache.addNode(St.node("a2").label(Node.LABEL_ZONE, "a").obj());
    cache.addNode(St.node("a3").label(Node.LABEL_ZONE, "a").obj());
    cache.addNode(St.node("b1").label(Node.LABEL_ZONE, "b").obj());
    cache.addNode(St.node("c1").label(Node.LABEL_ZONE, "c").obj());
    cache.addNode(St.node("c2").label(Node.LABEL_ZONE, "c").obj());
    assertThat(cache.snapshot().list())
        .extracting(NodeInfo::name)
        .containsExactly("a1", "b1", "c1", "a2", "c2", "a3");
  }

  @Test
  void imageStatesCountTheNodesHoldingAnImage() {
    SchedulerCache cache = new SchedulerCache();
    cache.addNode(St.node("n1").image(100, "nginx:1.25", "nginx@sha256:x").obj());
    cache.addNode(St.node("n2").image(100, "nginx:1.25").obj());
    assertThat(cache.snapshot().get("n1").imageStates().get("nginx:1.25").numNodes()).isEqualTo(2);
    assertThat(cache.snapshot().get("n1").imageStates().get("nginx@sha256:x").numNodes())
        .isEqualTo(1);
  }

  @Test
  void theNodesWithAffinityListsFollowPodsIncrementallyInNodeOrder() {
    SchedulerCache cache = new SchedulerCache();
    for (String n : new String[] {"n1", "n2", "n3", "n4"}) cache.addNode(node(n));
    var sel = St.selector(labels("app", "x"));
    Pod anti3 = St.pod("anti3").uid("u1").node("n3").podAntiAffinity("zone", sel).obj();
    Pod pref1 = St.pod("pref1").uid("u2").node("n1").preferredPodAffinity(1, "zone", sel).obj();
    Pod anti4 = St.pod("anti4").uid("u3").node("n4").podAntiAffinity("zone", sel).obj();
    Pod plain2 = St.pod("plain2").uid("u4").node("n2").obj();
    var first = cache.snapshot();
    assertThat(first.havePodsWithAffinityList()).isEmpty();
    cache.addPod(anti3);
    cache.addPod(plain2);
    cache.addPod(anti4);
    cache.addPod(pref1);
    var s = cache.snapshot();
    assertThat(s.havePodsWithAffinityList())
        .extracting(NodeInfo::name)
        .containsExactly("n1", "n3", "n4");
    assertThat(s.havePodsWithRequiredAntiAffinityList())
        .extracting(NodeInfo::name)
        .containsExactly("n3", "n4");
    cache.removePod(anti3);
    s = cache.snapshot();
    assertThat(s.havePodsWithAffinityList()).extracting(NodeInfo::name).containsExactly("n1", "n4");
    assertThat(s.havePodsWithRequiredAntiAffinityList())
        .extracting(NodeInfo::name)
        .containsExactly("n4");
    // a node added rebuilds the lists from scratch, the same
    cache.addNode(node("n5"));
    assertThat(cache.snapshot().havePodsWithAffinityList())
        .extracting(NodeInfo::name)
        .containsExactly("n1", "n4");
  }
}
